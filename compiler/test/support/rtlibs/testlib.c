/*
 * testlib.c — see testlib.h. The rendering mirrors testlib.mjs exactly:
 *   undefined null true false | numbers as ToString, -0 as "-0" | strings quoted, with " and \
 *   escaped and every code unit outside 0x20..0x7E as \uXXXX (upper-case hex), so output is ASCII |
 *   symbols Symbol(desc) | functions "function" | arrays [a,b] with holes as <hole> |
 *   Map{k=>v,...} Set{v,...} in insertion order | other objects {"key":value,...} over own
 *   enumerable string keys.
 */
#include "testlib.h"

#include <math.h>
#include <stdlib.h>
#include <string.h>

#include "atoms.h"
#include "mapset.h"
#include "symbol.h"

tsn_value G(const char *name) { return tsn_global_get(tsn_str_intern_ascii(name)); }

tsn_value P(tsn_value obj, const char *name) { return tsn_get(obj, tsn_str_intern_ascii(name)); }

tsn_value test_decode_field(char *field) {
  if (field[0] == 'u') return TSN_UNDEFINED;
  if (field[0] == 'h') return TSN_EMPTY;
  if (field[0] == 'n') return N(strtod(field + 1, NULL));
  uint16_t units[256];
  uint32_t n = 0;
  for (char *p = field + 1; *p && n < 256;) {
    units[n++] = (uint16_t)strtoul(p, &p, 16);
    if (*p == '.') p++;
  }
  return tsn_str_from_utf16(units, n);
}

tsn_value test_call_method(tsn_value recv, const char *name, size_t argc, const tsn_value *argv) {
  tsn_value f = tsn_get(recv, tsn_str_intern_ascii(name));
  return tsn_call(f, recv, (int)argc, argv, name);
}

tsn_value F(tsn_code code, uint32_t length) { return tsn_builtin_new(code, "callback", length); }

static void push_escaped(tsn_strbuf *b, tsn_value s) {
  static const char hex[] = "0123456789ABCDEF";
  const uint16_t *u = tsn_str_chars(s);
  for (uint32_t i = 0; i < tsn_str_length(s); i++) {
    uint16_t c = u[i];
    if (c == '"' || c == '\\') {
      tsn_strbuf_push_unit(b, '\\');
      tsn_strbuf_push_unit(b, c);
    } else if (c < 0x20 || c > 0x7E) {
      char esc[7] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15], 0};
      tsn_strbuf_push_ascii(b, esc);
    } else {
      tsn_strbuf_push_unit(b, c);
    }
  }
}

static void repr_collection(tsn_strbuf *b, tsn_value v, bool is_map) {
  tsn_strbuf_push_ascii(b, is_map ? "Map{" : "Set{");
  tsn_mapset_cursor c;
  tsn_mapset_cursor_init(&c, tsn_mapset_of(v, is_map ? TSN_CLASS_MAP : TSN_CLASS_SET));
  tsn_value k, val;
  bool first = true;
  while (tsn_mapset_cursor_next(&c, &k, &val)) {
    if (!first) tsn_strbuf_push_unit(b, ',');
    first = false;
    test_repr(b, k);
    if (is_map) {
      tsn_strbuf_push_ascii(b, "=>");
      test_repr(b, val);
    }
  }
  tsn_strbuf_push_unit(b, '}');
}

void test_repr(tsn_strbuf *b, tsn_value v) {
  if (tsn_is_number(v)) {
    double d = tsn_as_double(v);
    if (d == 0 && signbit(d)) tsn_strbuf_push_ascii(b, "-0");
    else tsn_strbuf_push_string(b, tsn_to_string(v));
  } else if (tsn_is_string(v)) {
    tsn_strbuf_push_unit(b, '"');
    push_escaped(b, v);
    tsn_strbuf_push_unit(b, '"');
  } else if (tsn_is_symbol(v)) {
    push_escaped(b, tsn_symbol_descriptive_string(v));
  } else if (!tsn_is_object(v)) {
    tsn_strbuf_push_string(b, tsn_to_string(v));
  } else if (tsn_is_callable(v)) {
    tsn_strbuf_push_ascii(b, "function");
  } else if (tsn_is_array(v)) {
    tsn_object *o = tsn_as_object(v);
    tsn_strbuf_push_unit(b, '[');
    for (uint32_t i = 0; i < o->length; i++) {
      if (i) tsn_strbuf_push_unit(b, ',');
      tsn_value key = tsn_to_property_key(tsn_from_double(i));
      if (tsn_has_own_property(o, key)) test_repr(b, tsn_get(v, key));
      else tsn_strbuf_push_ascii(b, "<hole>");
    }
    tsn_strbuf_push_unit(b, ']');
  } else if (tsn_as_cell(v)->class_id == TSN_CLASS_MAP || tsn_as_cell(v)->class_id == TSN_CLASS_SET) {
    repr_collection(b, v, tsn_as_cell(v)->class_id == TSN_CLASS_MAP);
  } else {
    uint32_t n;
    tsn_value *keys = tsn_own_keys(tsn_as_object(v), true, false, &n);
    tsn_strbuf_push_unit(b, '{');
    for (uint32_t i = 0; i < n; i++) {
      if (i) tsn_strbuf_push_unit(b, ',');
      test_repr(b, keys[i]);
      tsn_strbuf_push_unit(b, ':');
      test_repr(b, tsn_get(v, keys[i]));
    }
    tsn_strbuf_push_unit(b, '}');
  }
}

static void print_line(tsn_strbuf *b) {
  tsn_strbuf_push_unit(b, '\n');
  size_t n;
  char *text = tsn_str_to_utf8(tsn_strbuf_finish(b), &n);
  fwrite(text, 1, n, stdout);
}

void test_show(const char *label, tsn_value v) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, label);
  tsn_strbuf_push_unit(&b, ' ');
  test_repr(&b, v);
  print_line(&b);
}

void test_show_thrown(const char *label, tsn_value error) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, label);
  tsn_strbuf_push_ascii(&b, " throws ");
  if (tsn_is_object(error) && tsn_as_cell(error)->class_id == TSN_CLASS_ERROR) {
    push_escaped(&b, tsn_to_string(P(error, "name")));
    tsn_strbuf_push_ascii(&b, ": ");
    push_escaped(&b, tsn_to_string(P(error, "message")));
  } else {
    test_repr(&b, error);
  }
  print_line(&b);
}
