/*
 * inspect.c — util.inspect / util.format of Node 24 (lib/internal/util/inspect.js) for the runtime's
 * values, without colors. The structure follows Node's: formatValue (primitives, circular
 * references), formatRaw (constructor name, Symbol.toStringTag, braces per kind, depth limit),
 * per-kind entry formatters, and reduceToSingleString (the compact=3 line-breaking rule with
 * groupArrayElements' column layout). All lengths are UTF-16 code units, as in Node, except the
 * display widths array grouping uses (string_width.h).
 */
#include "promise.h"
#include "inspect.h"
#include "lib_regexp.h"

#include <math.h>
#include <stdio.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "lib_iterator.h"
#include "mapset.h"
#include "numconv.h"
#include "ops.h"
#include "realm.h"
#include "shape.h"
#include "str.h"
#include "string_width.h"
#include "symbol.h"
#include "typed_array.h"
#include "unicode_case.h"

/* ---- small growable vectors of values ---- */

typedef struct vec { tsn_value *items; uint32_t n, cap; } vec;

static void vec_push(vec *a, tsn_value v) {
  if (a->n == a->cap) {
    uint32_t cap = a->cap ? a->cap * 2 : 8;
    tsn_value *items = tsn_alloc(cap * sizeof(tsn_value));
    if (a->n) memcpy(items, a->items, a->n * sizeof(tsn_value));
    a->items = items;
    a->cap = cap;
  }
  a->items[a->n++] = v;
}

static int64_t vec_index(const vec *a, tsn_value v) {
  for (uint32_t i = 0; i < a->n; i++)
    if (a->items[i] == v) return i;
  return -1;
}

/* ---- string helpers (all on string values) ---- */

static tsn_value ascii(const char *s) { return tsn_str_from_ascii(s); }

static tsn_value concat3(tsn_value a, tsn_value b, tsn_value c) { return tsn_str_concat(tsn_str_concat(a, b), c); }

static bool str_eq_ascii(tsn_value s, const char *a) {
  uint32_t n = tsn_str_length(s);
  if (strlen(a) != n) return false;
  const uint16_t *u = tsn_str_chars(s);
  for (uint32_t i = 0; i < n; i++)
    if (u[i] != (uint8_t)a[i]) return false;
  return true;
}

static bool str_has_unit(tsn_value s, uint16_t unit) {
  const uint16_t *u = tsn_str_chars(s);
  for (uint32_t i = 0, n = tsn_str_length(s); i < n; i++)
    if (u[i] == unit) return true;
  return false;
}

static bool str_includes(tsn_value s, tsn_value search) { return tsn_str_index_of(s, search, 0) >= 0; }

static tsn_value slice(tsn_value s, uint32_t start, uint32_t end) {
  uint32_t n = tsn_str_length(s);
  if (end > n) end = n;
  if (start >= end) return tsn_atom.empty;
  return tsn_str_substring(s, start, end);
}

static void push_spaces(tsn_strbuf *b, int n) {
  for (int i = 0; i < n; i++) tsn_strbuf_push_unit(b, ' ');
}

/* s with every "\n" replaced by "\n" + `indent` spaces. */
static tsn_value indent_newlines(tsn_value s, int indent) {
  if (!str_has_unit(s, '\n')) return s;
  const uint16_t *u = tsn_str_chars(s);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (uint32_t i = 0, n = tsn_str_length(s); i < n; i++) {
    tsn_strbuf_push_unit(&b, u[i]);
    if (u[i] == '\n') push_spaces(&b, indent);
  }
  return tsn_strbuf_finish(&b);
}

static tsn_value join(const vec *parts, tsn_value separator) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (uint32_t i = 0; i < parts->n; i++) {
    if (i) tsn_strbuf_push_string(&b, separator);
    tsn_strbuf_push_string(&b, parts->items[i]);
  }
  return tsn_strbuf_finish(&b);
}

static tsn_value number_text(double d) {
  char buf[TSN_NUMCONV_BUFSIZE];
  int n = tsn_number_to_string(d, buf);
  return tsn_str_from_latin1(buf, (size_t)n);
}

/* String(v): ToString, except that symbols give their descriptive string instead of throwing. */
static tsn_value string_of(tsn_value v) { return tsn_is_symbol(v) ? tsn_symbol_descriptive_string(v) : tsn_to_string(v); }

/* `${n}` for the integer counts inspect prints. */
static tsn_value count_text(double n) { return number_text(n); }

/* ---- guarded property access (Node wraps these in try/catch) ---- */

static bool try_get(tsn_value obj, tsn_value key, tsn_value *out) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_value v = tsn_get(obj, key);
    TSN_TRY_POP(h);
    *out = v;
    return true;
  }
  TSN_TRY_POP(h);
  return false;
}

static bool try_instanceof(tsn_value v, tsn_value ctor) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    bool r = tsn_op_instanceof(v, ctor);
    TSN_TRY_POP(h);
    return r;
  }
  TSN_TRY_POP(h);
  return false;
}

/* ---- the inspection context (Node's ctx) ---- */

typedef struct ictx {
  tsn_inspect_options opt;
  int indentation_lvl;
  double current_depth; /* NaN after a value formatted with recurseTimes undefined (Node: stack objects) */
  vec seen;     /* objects being formatted (ancestors of the current value) */
  vec circular; /* objects found to be circular; reference number = position + 1 */
  bool typed_array_buffer; /* Node's formatValue `typedArray` argument: an ArrayBuffer shown as a view's [buffer] */
} ictx;

enum { K_OBJECT = 0, K_ARRAY = 1, K_ARRAY_EXTRAS = 2 };

static tsn_value format_value(ictx *c, tsn_value v, double recurse_times);

/* `recurseTimes > ctx.depth`; recurse_times is NaN where Node calls formatValue without it (an
 * error's non-string stack, a function's non-string name): never beyond, and never on one line. */
static bool beyond_depth(const ictx *c, double recurse_times) { return recurse_times > c->opt.depth; }

/* ---- primitives ---- */

static const char *const meta_escape[] = {
  "\\x00", "\\x01", "\\x02", "\\x03", "\\x04", "\\x05", "\\x06", "\\x07",
  "\\b", "\\t", "\\n", "\\x0B", "\\f", "\\r", "\\x0E", "\\x0F",
  "\\x10", "\\x11", "\\x12", "\\x13", "\\x14", "\\x15", "\\x16", "\\x17",
  "\\x18", "\\x19", "\\x1A", "\\x1B", "\\x1C", "\\x1D", "\\x1E", "\\x1F",
};

static void push_hex_escape(tsn_strbuf *b, const char *prefix, unsigned value, bool upper) {
  static const char lower_digits[] = "0123456789abcdef", upper_digits[] = "0123456789ABCDEF";
  const char *digits = upper ? upper_digits : lower_digits;
  char tmp[8];
  int n = 0;
  do { tmp[n++] = digits[value & 15]; value >>= 4; } while (value);
  tsn_strbuf_push_ascii(b, prefix);
  while (n) tsn_strbuf_push_unit(b, (uint16_t)tmp[--n]);
}

/* Appends s with inspect's escapes (Node's strEscape body): C0 controls, DEL and C1 controls as
 * \xNN (\b \t \n \f \r by name), backslash, the quote character when `quote` is '\'', and lone
 * surrogates as \uXXXX (lowercase hex). */
static void push_escaped(tsn_strbuf *b, tsn_value s, uint16_t quote) {
  const uint16_t *u = tsn_str_chars(s);
  uint32_t n = tsn_str_length(s);
  for (uint32_t i = 0; i < n; i++) {
    uint16_t p = u[i];
    if (p < 32) tsn_strbuf_push_ascii(b, meta_escape[p]);
    else if (p == quote && quote == '\'') tsn_strbuf_push_ascii(b, "\\'");
    else if (p == '\\') tsn_strbuf_push_ascii(b, "\\\\");
    else if (p >= 127 && p < 160) push_hex_escape(b, "\\x", p, true);
    else if (p >= 0xd800 && p <= 0xdfff) {
      if (p <= 0xdbff && i + 1 < n && u[i + 1] >= 0xdc00 && u[i + 1] <= 0xdfff) {
        tsn_strbuf_push_unit(b, p);
        tsn_strbuf_push_unit(b, u[++i]);
      } else {
        push_hex_escape(b, "\\u", p, false);
      }
    } else {
      tsn_strbuf_push_unit(b, p);
    }
  }
}

/* strEscape: s quoted with ', or " when s contains ' but no ", or ` when it contains both but
 * neither ` nor ${; otherwise ' with \' escapes. */
static tsn_value str_escape(tsn_value s) {
  uint16_t quote = '\'';
  if (str_has_unit(s, '\'')) {
    if (!str_has_unit(s, '"')) quote = '"';
    else if (!str_has_unit(s, '`') && !str_includes(s, ascii("${"))) quote = '`';
  }
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_unit(&b, quote);
  push_escaped(&b, s, quote);
  tsn_strbuf_push_unit(&b, quote);
  return tsn_strbuf_finish(&b);
}

/* formatNumber without numeric separators: -0 as "-0", else Number::toString. */
static tsn_value format_number(double d) {
  if (d == 0 && signbit(d)) return ascii("-0");
  return number_text(d);
}

/* formatPrimitive for strings: the maxStringLength trailer, and strings longer than 16 code units
 * that do not fit the line split after each "\n" into quoted pieces joined by " +\n". */
static tsn_value format_string(const ictx *c, tsn_value s) {
  tsn_value trailer = tsn_atom.empty;
  double len = tsn_str_length(s);
  if (len > c->opt.max_string_length) {
    double remaining = len - c->opt.max_string_length;
    s = slice(s, 0, (uint32_t)c->opt.max_string_length);
    trailer = concat3(ascii("... "), count_text(remaining), ascii(remaining > 1 ? " more characters" : " more character"));
    len = tsn_str_length(s);
  }
  if (len > 16 && len > c->opt.break_length - c->indentation_lvl - 4) {
    const uint16_t *u = tsn_str_chars(s);
    tsn_strbuf b;
    tsn_strbuf_init(&b);
    uint32_t start = 0, n = tsn_str_length(s);
    while (start < n) {
      uint32_t end = start;
      while (end < n && u[end] != '\n') end++;
      if (end < n) end++; /* the piece keeps its "\n" */
      if (start) {
        tsn_strbuf_push_ascii(&b, " +\n");
        push_spaces(&b, c->indentation_lvl + 2);
      }
      tsn_strbuf_push_string(&b, str_escape(tsn_str_substring(s, start, end)));
      start = end;
    }
    tsn_strbuf_push_string(&b, trailer);
    return tsn_strbuf_finish(&b);
  }
  return tsn_str_concat(str_escape(s), trailer);
}

static tsn_value format_primitive(const ictx *c, tsn_value v) {
  if (tsn_is_string(v)) return format_string(c, v);
  if (tsn_is_number(v)) return format_number(tsn_as_double(v));
  if (v == TSN_TRUE) return tsn_atom.true_;
  if (v == TSN_FALSE) return tsn_atom.false_;
  if (v == TSN_NULL) return tsn_atom.null_;
  if (tsn_is_symbol(v)) return tsn_symbol_descriptive_string(v);
  return tsn_atom.undefined;
}

/* ---- constructor names, tags, prefixes ---- */

/* builtInObjects: the capitalised global names of a fresh V8 realm (Node collects them from
 * globalThis at start-up; only the names matter). */
static bool is_builtin_object_name(tsn_value name) {
  static const char *const names[] = {
    "AggregateError", "Array", "ArrayBuffer", "AsyncDisposableStack", "Atomics", "BigInt", "BigInt64Array",
    "BigUint64Array", "Boolean", "DataView", "Date", "DisposableStack", "Error", "EvalError",
    "FinalizationRegistry", "Float16Array", "Float32Array", "Float64Array", "Function", "Infinity",
    "Int16Array", "Int32Array", "Int8Array", "Intl", "Iterator", "JSON", "Map", "Math", "NaN", "Number",
    "Object", "Promise", "Proxy", "RangeError", "ReferenceError", "Reflect", "RegExp", "Set",
    "SharedArrayBuffer", "String", "SuppressedError", "Symbol", "SyntaxError", "TypeError", "URIError",
    "Uint16Array", "Uint32Array", "Uint8Array", "Uint8ClampedArray", "WeakMap", "WeakRef", "WeakSet", "WebAssembly",
  };
  if (!tsn_is_string(name)) return false;
  for (size_t i = 0; i < sizeof names / sizeof names[0]; i++)
    if (str_eq_ascii(name, names[i])) return true;
  return false;
}

/* The function stored in o's own `constructor` data property, or TSN_UNDEFINED. */
static tsn_value own_constructor(tsn_object *o) {
  tsn_prop_desc d;
  if (tsn_get_own_property(o, tsn_atom.constructor, &d) && !(d.attrs & TSN_ATTR_ACCESSOR) && tsn_is_callable(d.value)) return d.value;
  return TSN_UNDEFINED;
}

static tsn_value format_property_desc(ictx *c, double recurse_times, tsn_value key, int type, const tsn_prop_desc *d);

/* addPrototypeProperties (showHidden): the non-function properties of up to three prototype layers
 * below `main` (stopping at a builtin constructor's prototype), as "[key]: value" entries, skipping
 * keys `main` or a nearer layer has. */
static void add_prototype_properties(ictx *c, tsn_object *main, tsn_object *obj, double recurse_times, vec *output) {
  vec seen_keys = { 0 }, keys = { 0 };
  for (int depth = 0; depth < 3; depth++) {
    if (depth != 0 || main == obj) {
      obj = obj->proto;
      if (!obj) return;
      tsn_value ctor = own_constructor(obj);
      if (ctor != TSN_UNDEFINED && is_builtin_object_name(tsn_get(ctor, tsn_atom.name))) return;
    }
    for (uint32_t i = 0; depth != 0 && i < keys.n; i++) vec_push(&seen_keys, keys.items[i]);
    uint32_t n;
    tsn_value *own = tsn_own_keys(obj, false, true, &n);
    keys = (vec){ own, n, n };
    vec_push(&c->seen, tsn_from_cell(main));
    for (uint32_t i = 0; i < n; i++) {
      tsn_value key = own[i];
      if (key == tsn_atom.constructor || tsn_has_own_property(main, key) || (depth != 0 && vec_index(&seen_keys, key) >= 0)) continue;
      tsn_prop_desc d;
      if (!tsn_get_own_property(obj, key, &d)) continue;
      if (!(d.attrs & TSN_ATTR_ACCESSOR) && tsn_is_callable(d.value)) continue;
      vec_push(output, format_property_desc(c, recurse_times, key, K_OBJECT, &d));
    }
    c->seen.n--;
  }
}

/* V8's GetConstructorName fallback for objects whose prototype chain names no constructor. */
static const char *internal_class_name(const tsn_object *o) {
  switch (o->hdr.class_id) {
    case TSN_CLASS_ARRAY: return "Array";
    case TSN_CLASS_FUNCTION: return "Function";
    case TSN_CLASS_ERROR: return "Error";
    case TSN_CLASS_BOOLEAN: return "Boolean";
    case TSN_CLASS_NUMBER: return "Number";
    case TSN_CLASS_STRING: return "String";
    case TSN_CLASS_SYMBOL: return "Symbol";
    case TSN_CLASS_MAP: return "Map";
    case TSN_CLASS_SET: return "Set";
    case TSN_CLASS_REGEXP: return "RegExp";
    case TSN_CLASS_PROMISE: return "Promise";
    case TSN_CLASS_ARRAY_BUFFER: return ((const tsn_array_buffer *)o->internal)->shared ? "SharedArrayBuffer" : "ArrayBuffer";
    case TSN_CLASS_DATA_VIEW: return "DataView";
    case TSN_CLASS_TYPED_ARRAY: return tsn_typed_array_name[((const tsn_typed_array *)o->internal)->kind];
    default: return "Object";
  }
}

static tsn_value inspect_with(const tsn_inspect_options *o, tsn_value v);

/* getConstructorName: the name of the first `constructor` own data property along the prototype
 * chain that is a function with a non-empty name and of which the object is an instance; TSN_NULL
 * for a null prototype; "Object <...>"-style text for chains that name no constructor. */
static tsn_value get_constructor_name(ictx *c, tsn_object *obj, double recurse_times, vec *proto_props) {
  tsn_value self = tsn_from_cell(obj);
  tsn_object *first_proto = NULL;
  bool first_set = false;
  for (tsn_object *o = obj; o; ) {
    tsn_value ctor = own_constructor(o);
    if (ctor != TSN_UNDEFINED) {
      tsn_value name = tsn_get(ctor, tsn_atom.name);
      if (!(tsn_is_string(name) && tsn_str_length(name) == 0) && try_instanceof(self, ctor)) {
        if (proto_props && (first_proto != o || !is_builtin_object_name(name)))
          add_prototype_properties(c, obj, first_set && first_proto ? first_proto : obj, recurse_times, proto_props);
        return string_of(name);
      }
    }
    o = o->proto;
    if (!first_set) { first_proto = o; first_set = true; }
  }
  if (first_proto == NULL) return TSN_NULL;
  tsn_value res = ascii(internal_class_name(obj));
  if (beyond_depth(c, recurse_times)) return tsn_str_concat(res, ascii(" <Complex prototype>"));
  tsn_value proto_constr = get_constructor_name(c, first_proto, recurse_times + 1, proto_props);
  if (proto_constr == TSN_NULL) {
    tsn_inspect_options o = c->opt;
    o.depth = -1;
    proto_constr = inspect_with(&o, tsn_from_cell(first_proto));
  }
  return concat3(res, ascii(" <"), tsn_str_concat(proto_constr, ascii(">")));
}

/* The object's Symbol.toStringTag when it is a non-empty string that is not an own enumerable
 * (showHidden: own) property; "" otherwise (Node prints such tags as `[tag]`). */
static tsn_value get_tag(const ictx *c, tsn_object *o) {
  tsn_value tag;
  tsn_value key = tsn_intrinsics.symbol_to_string_tag;
  if (!try_get(tsn_from_cell(o), key, &tag) || !tsn_is_string(tag)) return tsn_atom.empty;
  if (tsn_str_length(tag) == 0) return tag;
  tsn_prop_desc d;
  if (tsn_get_own_property(o, key, &d) && (c->opt.show_hidden || (d.attrs & TSN_ATTR_ENUMERABLE))) return tsn_atom.empty;
  return tag;
}

/* getPrefix: "Ctor(size) [tag] " or "[fallback(size): null prototype] [tag] " (constructor TSN_NULL). */
static tsn_value get_prefix(tsn_value constructor, tsn_value tag, const char *fallback, tsn_value size) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t tag_len = tsn_str_length(tag);
  if (constructor == TSN_NULL) {
    tsn_strbuf_push_unit(&b, '[');
    tsn_strbuf_push_ascii(&b, fallback);
    tsn_strbuf_push_string(&b, size);
    tsn_strbuf_push_ascii(&b, ": null prototype] ");
    if (tag_len && !str_eq_ascii(tag, fallback)) {
      tsn_strbuf_push_unit(&b, '[');
      tsn_strbuf_push_string(&b, tag);
      tsn_strbuf_push_ascii(&b, "] ");
    }
    return tsn_strbuf_finish(&b);
  }
  tsn_strbuf_push_string(&b, constructor);
  tsn_strbuf_push_string(&b, size);
  tsn_strbuf_push_unit(&b, ' ');
  if (tag_len) {
    int64_t pos = tsn_str_index_of(constructor, tag, 0);
    bool show = pos < 0;
    if (!show) {
      uint32_t end = (uint32_t)pos + tag_len;
      if (end != tsn_str_length(constructor)) {
        /* shown when the character after the match is not an upper-case letter (Node compares it
         * with its toLowerCase()) */
        uint16_t ch = tsn_str_char_at(constructor, end);
        uint16_t lower[TSN_CASE_MAX_UNITS];
        show = tsn_case_to_lower(ch, lower) == 1 && lower[0] == ch;
      }
    }
    if (show) {
      tsn_strbuf_push_unit(&b, '[');
      tsn_strbuf_push_string(&b, tag);
      tsn_strbuf_push_ascii(&b, "] ");
    }
  }
  return tsn_strbuf_finish(&b);
}

/* getCtxStyle: the prefix of an ordinary object, with V8's internal class name as the fallback. */
static tsn_value get_ctx_style(tsn_object *o, tsn_value constructor, tsn_value tag) {
  const char *fallback = "";
  if (constructor == TSN_NULL) {
    fallback = internal_class_name(o);
    if (str_eq_ascii(tag, fallback)) fallback = "Object";
  }
  return get_prefix(constructor, tag, fallback, tsn_atom.empty);
}

/* ---- keys ---- */

static bool is_private(tsn_value key) { return tsn_is_symbol(key) && (tsn_as_cell(key)->bits & TSN_SYMBOL_PRIVATE); }

/* getKeys: Object.keys plus enumerable own symbols (showHidden: all own names and symbols). */
static vec get_keys(const ictx *c, tsn_object *o) {
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, !c->opt.show_hidden, true, &n);
  vec v = { keys, n, n };
  return v;
}

/* getOwnNonIndexProperties of an array: "length" (showHidden only), then the non-index string keys
 * and the symbols, enumerable ones unless showHidden. Reads the shape so big arrays stay cheap. */
static vec array_extra_keys(const ictx *c, tsn_object *o) {
  vec v = { 0 };
  tsn_shape *s = o->shape;
  if (c->opt.show_hidden && o->hdr.class_id == TSN_CLASS_ARRAY) vec_push(&v, tsn_atom.length);
  for (int pass = 0; pass < 2; pass++) {
    for (uint32_t p = 0; p < s->count; p++) {
      tsn_value k = s->props[p].key;
      if (!c->opt.show_hidden && !(s->props[p].attrs & TSN_ATTR_ENUMERABLE)) continue;
      if (pass == 0 ? (tsn_is_string(k) && tsn_str_array_index(k) < 0) : (tsn_is_symbol(k) && !is_private(k))) vec_push(&v, k);
    }
  }
  return v;
}

static int64_t key_position(const vec *keys, tsn_value key) {
  for (uint32_t i = 0; i < keys->n; i++)
    if (tsn_is_string(keys->items[i]) && tsn_str_equals(keys->items[i], key)) return i;
  return -1;
}

static void remove_key(vec *keys, uint32_t i) {
  memmove(keys->items + i, keys->items + i + 1, (keys->n - i - 1) * sizeof(tsn_value));
  keys->n--;
}

/* ---- properties ---- */

/* Symbol keys: Symbol(description) with strEscape's escapes (quote ' escaped), unquoted. */
static tsn_value symbol_key_text(tsn_value sym) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  push_escaped(&b, tsn_symbol_descriptive_string(sym), '\'');
  return tsn_strbuf_finish(&b);
}

/* keyStrRegExp: /^[a-zA-Z_][a-zA-Z_0-9]*$/ */
static bool is_plain_key(tsn_value key) {
  const uint16_t *u = tsn_str_chars(key);
  uint32_t n = tsn_str_length(key);
  if (n == 0) return false;
  for (uint32_t i = 0; i < n; i++) {
    uint16_t ch = u[i];
    bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || ch == '_' || (i > 0 && ch >= '0' && ch <= '9');
    if (!ok) return false;
  }
  return true;
}

/* formatProperty for a value already described by *d: the value (data), [Getter], [Setter],
 * [Getter/Setter]; object properties prefixed by their key ("key: ", "[key]: " if not enumerable). */
static tsn_value format_property_desc(ictx *c, double recurse_times, tsn_value key, int type, const tsn_prop_desc *d) {
  tsn_value str;
  if (!(d->attrs & TSN_ATTR_ACCESSOR) && d->value != TSN_UNDEFINED) {
    c->indentation_lvl += 2;
    str = format_value(c, d->value, recurse_times);
    c->indentation_lvl -= 2;
  } else if ((d->attrs & TSN_ATTR_ACCESSOR) && d->getter != TSN_UNDEFINED) {
    str = ascii(d->setter != TSN_UNDEFINED ? "[Getter/Setter]" : "[Getter]");
  } else if ((d->attrs & TSN_ATTR_ACCESSOR) && d->setter != TSN_UNDEFINED) {
    str = ascii("[Setter]");
  } else {
    str = tsn_atom.undefined;
  }
  if (type == K_ARRAY) return str;
  tsn_value name;
  if (tsn_is_symbol(key)) name = symbol_key_text(key);
  else if (is_plain_key(key)) name = str_eq_ascii(key, "__proto__") ? ascii("['__proto__']") : key;
  else name = str_escape(key);
  if (!(d->attrs & TSN_ATTR_ENUMERABLE)) name = concat3(ascii("["), name, ascii("]"));
  return concat3(name, ascii(": "), str);
}

/* *d := an ordinary writable, enumerable, configurable data property holding v. */
static void data_desc(tsn_value v, tsn_prop_desc *d) {
  d->attrs = TSN_ATTR_DEFAULT;
  d->value = v;
  d->getter = d->setter = TSN_UNDEFINED;
}

static tsn_value format_property(ictx *c, tsn_object *o, double recurse_times, tsn_value key, int type) {
  tsn_prop_desc d;
  if (!tsn_get_own_property(o, key, &d)) data_desc(TSN_UNDEFINED, &d); /* removed by a getter meanwhile */
  return format_property_desc(c, recurse_times, key, type, &d);
}

/* ---- arrays, Sets, Maps, iterators ---- */

static tsn_value remaining_text(double remaining) {
  return concat3(ascii("... "), count_text(remaining), ascii(remaining > 1 ? " more items" : " more item"));
}

static tsn_value empty_items_text(double n) {
  return concat3(ascii("<"), count_text(n), ascii(n > 1 ? " empty items>" : " empty item>"));
}

static tsn_value index_key(double i) { return tsn_to_property_key(tsn_from_double(i)); }

/* numberRegExp: /^(0|[1-9][0-9]*)$/ */
static bool is_number_key(tsn_value key) {
  if (!tsn_is_string(key)) return false;
  const uint16_t *u = tsn_str_chars(key);
  uint32_t n = tsn_str_length(key);
  if (n == 0 || (u[0] == '0' && n > 1)) return false;
  for (uint32_t i = 0; i < n; i++)
    if (u[i] < '0' || u[i] > '9') return false;
  return true;
}

/* formatSpecialArray: continues at output index i (the first hole) over Object.keys, printing runs
 * of holes as "<N empty items>". */
static void format_special_array(ictx *c, tsn_object *o, double recurse_times, uint32_t max_length, vec *output, uint32_t i) {
  uint32_t nkeys;
  tsn_value *keys = tsn_own_keys(o, true, false, &nkeys);
  double index = i;
  for (; i < nkeys && output->n < max_length; i++) {
    tsn_value key = keys[i];
    double tmp = tsn_to_number(key);
    if (tmp > 4294967294.0) break;
    if (!tsn_str_equals(index_key(index), key)) {
      if (!is_number_key(key)) break;
      vec_push(output, empty_items_text(tmp - index));
      index = tmp;
      if (output->n == max_length) break;
    }
    vec_push(output, format_property(c, o, recurse_times, key, K_ARRAY));
    index++;
  }
  double remaining = o->length - index;
  if (output->n != max_length) {
    if (remaining > 0) vec_push(output, empty_items_text(remaining));
  } else if (remaining > 0) {
    vec_push(output, remaining_text(remaining));
  }
}

/* Own element i of an array as a descriptor; false for a hole. */
static bool array_element(tsn_object *o, uint32_t i, tsn_prop_desc *d) {
  if (o->hdr.bits & TSN_OBJ_SPARSE) return tsn_get_own_property(o, index_key(i), d);
  if (i >= o->capacity || o->elements[i] == TSN_EMPTY) return false;
  data_desc(o->elements[i], d);
  return true;
}

static vec format_array(ictx *c, tsn_object *o, double recurse_times) {
  vec output = { 0 };
  double len_d = c->opt.max_array_length < o->length ? c->opt.max_array_length : o->length;
  uint32_t len = len_d < 0 ? 0 : (uint32_t)len_d;
  for (uint32_t i = 0; i < len; i++) {
    tsn_prop_desc d;
    if (!array_element(o, i, &d)) {
      format_special_array(c, o, recurse_times, len, &output, i);
      return output;
    }
    vec_push(&output, format_property_desc(c, recurse_times, TSN_UNDEFINED, K_ARRAY, &d));
  }
  if (o->length > len) vec_push(&output, remaining_text((double)o->length - len));
  return output;
}

/* formatTypedArray: the elements as numbers, then "... N more items". */
static vec format_typed_array(ictx *c, tsn_object *o, size_t length) {
  vec output = { 0 };
  double max_d = fmin(fmax(0, c->opt.max_array_length), (double)length);
  size_t max_length = (size_t)max_d;
  for (size_t i = 0; i < max_length; i++) vec_push(&output, format_number(tsn_as_double(tsn_typed_array_get_element(o, (double)i))));
  if (length > max_length) vec_push(&output, remaining_text((double)(length - max_length)));
  return output;
}

/* formatArrayBuffer: "[Uint8Contents]: <00 01 ...>" (at most maxArrayLength bytes), or "(detached)". */
static vec format_array_buffer(ictx *c, tsn_object *o) {
  vec output = { 0 };
  tsn_array_buffer *b = o->internal;
  if (b->detached) {
    vec_push(&output, ascii("(detached)"));
    return output;
  }
  size_t shown = (size_t)fmin(fmax(0, c->opt.max_array_length), (double)b->byte_length);
  tsn_strbuf sb;
  tsn_strbuf_init(&sb);
  tsn_strbuf_push_ascii(&sb, "[Uint8Contents]: <");
  for (size_t i = 0; i < shown; i++) {
    char hex[4];
    snprintf(hex, sizeof hex, i + 1 < shown ? "%02x " : "%02x", b->data[i]);
    tsn_strbuf_push_ascii(&sb, hex);
  }
  double remaining = (double)b->byte_length - c->opt.max_array_length;
  if (remaining > 0) {
    tsn_strbuf_push_ascii(&sb, " ... ");
    tsn_strbuf_push_string(&sb, count_text(remaining));
    tsn_strbuf_push_ascii(&sb, remaining > 1 ? " more bytes" : " more byte");
  }
  tsn_strbuf_push_unit(&sb, '>');
  vec_push(&output, tsn_strbuf_finish(&sb));
  return output;
}

/* formatExtraProperties: "[key]: value" for the getters of views and buffers; a getter that throws
 * (a detached DataView's byteLength) is read from the view's buffer instead. */
static tsn_value format_extra_property(ictx *c, tsn_object *o, double recurse_times, const char *name, bool typed_array) {
  tsn_value key = tsn_str_intern_ascii(name), v = TSN_UNDEFINED, buffer;
  if (!try_get(tsn_from_cell(o), key, &v)) {
    c->indentation_lvl += 2; /* Node's catch path keeps the increment it made before the getter threw */
    if (try_get(tsn_from_cell(o), tsn_str_intern_ascii("buffer"), &buffer)) try_get(buffer, key, &v);
  }
  c->indentation_lvl += 2;
  c->typed_array_buffer = typed_array;
  tsn_value str = format_value(c, v, recurse_times);
  c->typed_array_buffer = false;
  c->indentation_lvl -= 2;
  return concat3(concat3(ascii("["), key, ascii("]: ")), str, tsn_atom.empty);
}

static uint32_t max_entries(const ictx *c, uint32_t size) {
  double m = c->opt.max_array_length < size ? c->opt.max_array_length : size;
  return m < 0 ? 0 : (uint32_t)m;
}

/* formatSet / formatMap: entries in insertion order, "k => v" for Maps. */
static vec format_map_set(ictx *c, tsn_object *o, double recurse_times, bool is_map) {
  vec output = { 0 };
  tsn_mapset *t = o->internal;
  uint32_t max_length = max_entries(c, t->size);
  c->indentation_lvl += 2;
  tsn_mapset_cursor cur;
  tsn_mapset_cursor_init(&cur, t);
  tsn_value k, v;
  for (uint32_t i = 0; i < max_length && tsn_mapset_cursor_next(&cur, &k, &v); i++) {
    tsn_value text = format_value(c, k, recurse_times);
    if (is_map) text = concat3(text, ascii(" => "), format_value(c, v, recurse_times));
    vec_push(&output, text);
  }
  if (t->size > max_length) vec_push(&output, remaining_text((double)t->size - max_length));
  c->indentation_lvl -= 2;
  return output;
}

static tsn_value reduce_to_single_string(ictx *c, vec output, tsn_value base, tsn_value brace0, tsn_value brace1, int extras_type, double recurse_times, tsn_object *array);

/* formatIterator for Map and Set iterators: the entries still to come (previewEntries), as values
 * or, for entries() iterators, as [key, value] pairs; *brace0 becomes "[... Entries] {". */
/* The Map or Set iterator behind v, or NULL. */
static tsn_builtin_iterator *collection_iterator(tsn_value v) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != TSN_CLASS_ITERATOR) return NULL;
  tsn_builtin_iterator *it = tsn_as_object(v)->internal;
  return it->iter_class == TSN_BUILTIN_ITER_MAP || it->iter_class == TSN_BUILTIN_ITER_SET ? it : NULL;
}

/* previewEntries: what the iterator has still to produce, without advancing it (flat key, value
 * pairs for entries() iterators). */
static vec preview_entries(tsn_builtin_iterator *it) {
  vec entries = { 0 };
  if (it->done) return entries;
  bool key_value = it->kind == TSN_ITERATE_ENTRIES, is_set = it->iter_class == TSN_BUILTIN_ITER_SET;
  tsn_mapset_cursor cur = it->cursor; /* a copy */
  tsn_value k, v;
  while (tsn_mapset_cursor_next(&cur, &k, &v)) {
    if (key_value) { vec_push(&entries, k); vec_push(&entries, is_set ? k : v); }
    else vec_push(&entries, it->kind == TSN_ITERATE_KEYS || is_set ? k : v);
  }
  return entries;
}

tsn_value tsn_preview_entries(tsn_value iterator, bool *is_key_value) {
  tsn_builtin_iterator *it = collection_iterator(iterator);
  if (!it) return TSN_UNDEFINED;
  *is_key_value = it->kind == TSN_ITERATE_ENTRIES;
  vec entries = preview_entries(it);
  return tsn_array_from(entries.items, entries.n);
}

/* formatPromise: `<pending>`, the value, or `<rejected> reason`. */
static vec format_promise(ictx *c, tsn_object *o, double recurse_times) {
  tsn_promise *p = o->internal;
  vec output = { 0 };
  if (tsn_promise_state_of(p) == TSN_PROMISE_PENDING) {
    vec_push(&output, ascii("<pending>"));
    return output;
  }
  c->indentation_lvl += 2;
  tsn_value str = format_value(c, p->result, recurse_times);
  c->indentation_lvl -= 2;
  vec_push(&output, tsn_promise_state_of(p) == TSN_PROMISE_REJECTED ? tsn_str_concat(ascii("<rejected> "), str) : str);
  return output;
}

static vec format_collection_iterator(ictx *c, tsn_object *o, double recurse_times, tsn_value *brace0) {
  tsn_builtin_iterator *it = o->internal;
  bool key_value = it->kind == TSN_ITERATE_ENTRIES;
  vec entries = preview_entries(it);
  vec output = { 0 };
  uint32_t len = key_value ? entries.n / 2 : entries.n;
  uint32_t max_length = max_entries(c, len);
  c->indentation_lvl += 2;
  for (uint32_t i = 0; i < max_length; i++) {
    if (key_value) {
      vec pair = { 0 };
      vec_push(&pair, format_value(c, entries.items[2 * i], recurse_times));
      vec_push(&pair, format_value(c, entries.items[2 * i + 1], recurse_times));
      vec_push(&output, reduce_to_single_string(c, pair, tsn_atom.empty, ascii("["), ascii("]"), K_ARRAY_EXTRAS, recurse_times, NULL));
    } else {
      vec_push(&output, format_value(c, entries.items[i], recurse_times));
    }
  }
  c->indentation_lvl -= 2;
  if (len > max_length) vec_push(&output, remaining_text((double)len - max_length));
  if (key_value) {
    /* " Iterator] {" at the end of the brace becomes " Entries] {" */
    tsn_value suffix = ascii(" Iterator] {");
    uint32_t n = tsn_str_length(*brace0), m = tsn_str_length(suffix);
    if (n >= m && tsn_str_equals(slice(*brace0, n - m, n), suffix)) *brace0 = tsn_str_concat(slice(*brace0, 0, n - m), ascii(" Entries] {"));
  }
  return output;
}

/* getIteratorBraces: "[Map Iterator] {" (with a different tag: "[tag] [Map Iterator] {"). */
static tsn_value iterator_brace(const char *type, tsn_value tag) {
  tsn_value name = tsn_str_concat(ascii(type), ascii(" Iterator"));
  if (!tsn_str_equals(tag, name)) name = tsn_str_length(tag) ? concat3(tag, ascii("] ["), name) : name;
  return concat3(ascii("["), name, ascii("] {"));
}

/* ---- functions, boxed primitives ---- */

static tsn_value get_function_base(ictx *c, tsn_object *o, tsn_value constructor, tsn_value tag) {
  tsn_value fv = tsn_from_cell(o);
  tsn_function *f = o->internal;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  bool has_tag = tsn_str_length(tag) && !(constructor != TSN_NULL && tsn_str_equals(constructor, tag));
  if (f->kind == TSN_FN_CLASS || f->kind == TSN_FN_DERIVED_CLASS) {
    /* getClassBase */
    tsn_value name = TSN_UNDEFINED;
    if (tsn_has_own_property(o, tsn_atom.name)) name = tsn_get(fv, tsn_atom.name);
    tsn_strbuf_push_ascii(&b, "[class ");
    if (tsn_to_boolean(name)) tsn_strbuf_push_string(&b, tsn_to_string(name));
    else tsn_strbuf_push_ascii(&b, "(anonymous)");
    if (constructor != TSN_NULL && !str_eq_ascii(constructor, "Function")) {
      tsn_strbuf_push_ascii(&b, " [");
      tsn_strbuf_push_string(&b, constructor);
      tsn_strbuf_push_unit(&b, ']');
    }
    if (has_tag) {
      tsn_strbuf_push_ascii(&b, " [");
      tsn_strbuf_push_string(&b, tag);
      tsn_strbuf_push_unit(&b, ']');
    }
    if (constructor != TSN_NULL) {
      tsn_value super_name = o->proto ? tsn_get(tsn_from_cell(o->proto), tsn_atom.name) : TSN_UNDEFINED;
      if (tsn_to_boolean(super_name)) {
        tsn_strbuf_push_ascii(&b, " extends ");
        tsn_strbuf_push_string(&b, tsn_to_string(super_name));
      }
    } else {
      tsn_strbuf_push_ascii(&b, " extends [null prototype]");
    }
    tsn_strbuf_push_unit(&b, ']');
    return tsn_strbuf_finish(&b);
  }
  /* getFunctionBase: the type names generator, async and async generator functions */
  const char *type = f->kind == TSN_FN_GENERATOR         ? "GeneratorFunction"
                     : f->kind == TSN_FN_ASYNC           ? "AsyncFunction"
                     : f->kind == TSN_FN_ASYNC_GENERATOR ? "AsyncGeneratorFunction"
                                                         : "Function";
  tsn_strbuf_push_unit(&b, '[');
  tsn_strbuf_push_ascii(&b, type);
  if (constructor == TSN_NULL) tsn_strbuf_push_ascii(&b, " (null prototype)");
  tsn_value name = tsn_get(fv, tsn_atom.name);
  if (tsn_is_string(name) && tsn_str_length(name) == 0) {
    tsn_strbuf_push_ascii(&b, " (anonymous)");
  } else {
    tsn_strbuf_push_ascii(&b, ": ");
    tsn_strbuf_push_string(&b, tsn_is_string(name) ? name : format_value(c, name, NAN));
  }
  tsn_strbuf_push_unit(&b, ']');
  if (constructor != TSN_NULL && !str_eq_ascii(constructor, type)) {
    tsn_strbuf_push_unit(&b, ' ');
    tsn_strbuf_push_string(&b, constructor);
  }
  if (has_tag) {
    tsn_strbuf_push_ascii(&b, " [");
    tsn_strbuf_push_string(&b, tag);
    tsn_strbuf_push_unit(&b, ']');
  }
  return tsn_strbuf_finish(&b);
}

/* getBoxedBase: "[Number: 3]", "[String (MyString): 'x']", "[Symbol: Symbol(s)]"; boxed strings
 * drop their index keys from `keys`. */
static tsn_value get_boxed_base(ictx *c, tsn_object *o, vec *keys, tsn_value constructor, tsn_value tag) {
  static const char *const types[] = {
    [TSN_CLASS_BOOLEAN] = "Boolean", [TSN_CLASS_NUMBER] = "Number", [TSN_CLASS_STRING] = "String", [TSN_CLASS_SYMBOL] = "Symbol",
  };
  const char *type = types[o->hdr.class_id];
  tsn_value primitive = (tsn_value)(uintptr_t)o->internal;
  if (o->hdr.class_id == TSN_CLASS_STRING) {
    uint32_t drop = tsn_str_length(primitive) < keys->n ? tsn_str_length(primitive) : keys->n;
    keys->items += drop;
    keys->n -= drop;
    keys->cap -= drop;
  }
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_unit(&b, '[');
  tsn_strbuf_push_ascii(&b, type);
  if (constructor == TSN_NULL) {
    tsn_strbuf_push_ascii(&b, " (null prototype)");
  } else if (!str_eq_ascii(constructor, type)) {
    tsn_strbuf_push_ascii(&b, " (");
    tsn_strbuf_push_string(&b, constructor);
    tsn_strbuf_push_unit(&b, ')');
  }
  tsn_strbuf_push_ascii(&b, ": ");
  tsn_strbuf_push_string(&b, format_primitive(c, primitive));
  tsn_strbuf_push_unit(&b, ']');
  if (tsn_str_length(tag) && !(constructor != TSN_NULL && tsn_str_equals(tag, constructor))) {
    tsn_strbuf_push_ascii(&b, " [");
    tsn_strbuf_push_string(&b, tag);
    tsn_strbuf_push_unit(&b, ']');
  }
  return tsn_strbuf_finish(&b);
}

/* ---- errors ---- */

static bool is_error(tsn_object *o) {
  if (o->hdr.class_id == TSN_CLASS_ERROR) return true;
  for (tsn_object *p = o->proto; p; p = p->proto)
    if (p == tsn_intrinsics.error_prototype) return true;
  return false;
}

/* getStackString: err.stack when it is a non-empty string; a truthy non-string stack is inspected
 * under the Error.prototype.toString line; otherwise that line alone. */
static tsn_value get_stack_string(ictx *c, tsn_object *err) {
  tsn_value ev = tsn_from_cell(err);
  tsn_value stack = TSN_UNDEFINED;
  try_get(ev, tsn_atom.stack, &stack);
  if (tsn_to_boolean(stack)) {
    if (tsn_is_string(stack)) return stack;
    vec_push(&c->seen, ev);
    c->indentation_lvl += 4;
    tsn_value result = format_value(c, stack, NAN);
    c->indentation_lvl -= 4;
    c->seen.n--;
    return concat3(tsn_error_to_string(ev), ascii("\n    "), result);
  }
  return tsn_error_to_string(ev);
}

/* /^([A-Z][a-z_ A-Z0-9[\]()-]+)(?::|\n {4}at)/ then /^([a-z_A-Z0-9-]*Error)$/ on a stack whose
 * object has a null prototype: the length of the name at its start (0 when neither matches). */
static uint32_t null_proto_error_name_length(tsn_value stack) {
  const uint16_t *u = tsn_str_chars(stack);
  uint32_t n = tsn_str_length(stack);
  if (n && u[0] >= 'A' && u[0] <= 'Z') {
    uint32_t end = 1;
    while (end < n) {
      uint16_t ch = u[end];
      bool ok = (ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == ' ' ||
                ch == '[' || ch == ']' || ch == '(' || ch == ')' || ch == '-';
      if (!ok) break;
      end++;
    }
    /* greedy with backtracking: the longest prefix (at least 2 chars) followed by ":" or "\n    at" */
    for (uint32_t len = end; len >= 2; len--) {
      if (len < n && u[len] == ':') return len;
      if (len + 7 <= n && u[len] == '\n' && u[len + 1] == ' ' && u[len + 2] == ' ' && u[len + 3] == ' ' && u[len + 4] == ' ' &&
          u[len + 5] == 'a' && u[len + 6] == 't')
        return len;
    }
  }
  for (uint32_t i = 0; i < n; i++) {
    uint16_t ch = u[i];
    if (!((ch >= 'a' && ch <= 'z') || (ch >= 'A' && ch <= 'Z') || (ch >= '0' && ch <= '9') || ch == '_' || ch == '-')) return 0;
  }
  return n >= 5 && str_eq_ascii(slice(stack, n - 5, n), "Error") ? n : 0;
}

static bool starts_with(tsn_value s, tsn_value prefix) {
  uint32_t n = tsn_str_length(prefix);
  return tsn_str_length(s) >= n && tsn_str_equals(slice(s, 0, n), prefix);
}

/* improveStack: make the first line name the constructor ("MyError: msg", "Plain [Error]: msg",
 * "[Error: null prototype]: msg") for stacks that look like ordinary errors' stacks. */
static tsn_value improve_stack(tsn_value stack, tsn_value constructor, tsn_value name, tsn_value tag) {
  if (!tsn_is_string(name)) {
    tsn_value text = tsn_to_string(name);
    tsn_value prefix = get_prefix(constructor, tag, "Error", tsn_atom.empty);
    int64_t at = tsn_str_index_of(stack, text, 0);
    if (at >= 0) {
      tsn_value replacement = concat3(text, ascii(" ["), tsn_str_concat(slice(prefix, 0, tsn_str_length(prefix) - 1), ascii("]")));
      stack = concat3(slice(stack, 0, (uint32_t)at), replacement, slice(stack, (uint32_t)at + tsn_str_length(text), tsn_str_length(stack)));
    }
    return stack; /* a non-string name has no length: Node's test below never passes */
  }
  uint32_t len = tsn_str_length(name), slen = tsn_str_length(stack);
  bool looks_normal = false;
  if (len >= 5 && str_eq_ascii(slice(name, len - 5, len), "Error") && starts_with(stack, name)) {
    looks_normal = slen == len || tsn_str_char_at(stack, len) == ':' || tsn_str_char_at(stack, len) == '\n';
  }
  if (constructor != TSN_NULL && !looks_normal) return stack;
  const char *fallback = "Error";
  if (constructor == TSN_NULL) {
    /* null prototype: the name the stack starts with, if any, is the fallback */
    len = null_proto_error_name_length(stack);
    if (len) fallback = tsn_str_to_utf8(slice(stack, 0, len), NULL);
  }
  tsn_value prefix = get_prefix(constructor, tag, fallback, tsn_atom.empty);
  prefix = slice(prefix, 0, tsn_str_length(prefix) - 1);
  if (tsn_str_equals(name, prefix)) return stack;
  if (str_includes(prefix, name)) {
    if (len == 0) return concat3(prefix, ascii(": "), stack);
    return tsn_str_concat(prefix, slice(stack, len, slen));
  }
  return concat3(prefix, concat3(ascii(" ["), name, ascii("]")), slice(stack, len, slen));
}

/* formatError: the (improved) stack, keys filtered as Node does (stack; message and name when the
 * stack shows them) plus own `cause` and `errors`; continuation lines indented to the current level. */
static tsn_value format_error(ictx *c, tsn_object *err, tsn_value constructor, tsn_value tag, vec *keys) {
  tsn_value ev = tsn_from_cell(err);
  tsn_value stack = get_stack_string(c, err);
  tsn_value message = TSN_UNDEFINED, name = TSN_UNDEFINED;
  bool message_ok = try_get(ev, tsn_atom.message, &message);
  bool name_ok = try_get(ev, tsn_atom.name, &name);
  if (!c->opt.show_hidden && keys->n) {
    int64_t i = key_position(keys, tsn_atom.stack);
    if (i >= 0) remove_key(keys, (uint32_t)i);
    i = key_position(keys, tsn_atom.message);
    if (message_ok && i >= 0 && (!tsn_is_string(message) || str_includes(stack, message))) remove_key(keys, (uint32_t)i);
    i = key_position(keys, tsn_atom.name);
    if (name_ok && i >= 0 && (!tsn_is_string(name) || str_includes(stack, name))) remove_key(keys, (uint32_t)i);
  }
  if (tsn_is_nullish(name)) name = ascii("Error");
  if (tsn_has_own_property(err, tsn_atom.cause) && key_position(keys, tsn_atom.cause) < 0) vec_push(keys, tsn_atom.cause);
  tsn_value errors;
  if (try_get(ev, tsn_atom.errors, &errors) && tsn_is_array(errors) && tsn_has_own_property(err, tsn_atom.errors) &&
      key_position(keys, tsn_atom.errors) < 0)
    vec_push(keys, tsn_atom.errors);
  stack = improve_stack(stack, constructor, name, tag);

  /* Ignore the message if the stack contains it: frames start after it. */
  int64_t pos = -1;
  if (tsn_to_boolean(message)) {
    tsn_value m = tsn_to_string(message);
    int64_t at = tsn_str_index_of(stack, m, 0);
    if (at > 0) pos = tsn_is_string(message) ? at + tsn_str_length(message) : 0;
  }
  int64_t stack_start = tsn_str_index_of(stack, ascii("\n    at"), pos < 0 ? 0 : (uint32_t)pos);
  if (stack_start < 0) stack = concat3(ascii("["), stack, ascii("]"));
  if (c->indentation_lvl != 0) stack = indent_newlines(stack, c->indentation_lvl);
  return stack;
}

/* ---- layout ---- */

/* groupArrayElements: more than 6 short entries are laid out in aligned columns (numbers padded at
 * the start, anything else at the end). `output` keeps its last entry out of the grid when it is
 * the "... more items" line. */
static vec group_array_elements(ictx *c, vec output, tsn_object *array) {
  double total_length = 0;
  uint32_t max_length = 0;
  uint32_t output_length = output.n;
  if (c->opt.max_array_length < output.n) output_length--;
  const uint32_t separator_space = 2;
  uint32_t *data_len = tsn_alloc_atomic((output_length + 1) * sizeof(uint32_t));
  for (uint32_t i = 0; i < output_length; i++) {
    uint32_t len = tsn_string_width(output.items[i]);
    data_len[i] = len;
    total_length += len + separator_space;
    if (max_length < len) max_length = len;
  }
  double actual_max = max_length + separator_space;
  if (actual_max * 3 + c->indentation_lvl < c->opt.break_length && (total_length / actual_max > 5 || max_length <= 6)) {
    double average_bias = sqrt(actual_max - total_length / output.n);
    double biased_max = fmax(actual_max - 3 - average_bias, 1);
    double columns = fmin(fmin(floor(sqrt(2.5 * biased_max * output_length) / biased_max + 0.5),
                               floor((c->opt.break_length - c->indentation_lvl) / actual_max)),
                          fmin(c->opt.compact * 4.0, 15));
    if (columns <= 1) return output;
    uint32_t cols = (uint32_t)columns;
    uint32_t *max_line_length = tsn_alloc_atomic(cols * sizeof(uint32_t));
    for (uint32_t i = 0; i < cols; i++) {
      uint32_t line_max = 0;
      for (uint32_t j = i; j < output_length; j += cols)
        if (data_len[j] > line_max) line_max = data_len[j];
      max_line_length[i] = line_max + separator_space;
    }
    bool pad_start = true;
    if (array) {
      for (uint32_t i = 0; i < output.n; i++) {
        tsn_prop_desc d;
        tsn_value v = array_element(array, i, &d) && !(d.attrs & TSN_ATTR_ACCESSOR) ? d.value : tsn_get(tsn_from_cell(array), index_key(i));
        if (!tsn_is_number(v)) { pad_start = false; break; }
      }
    }
    vec grouped = { 0 };
    for (uint32_t i = 0; i < output_length; i += cols) {
      uint32_t max = i + cols < output_length ? i + cols : output_length;
      tsn_strbuf b;
      tsn_strbuf_init(&b);
      for (uint32_t j = i; j < max; j++) {
        bool last = j == max - 1;
        int pad = (int)max_line_length[j - i] - (int)data_len[j] - (int)separator_space;
        if (pad_start) push_spaces(&b, pad);
        tsn_strbuf_push_string(&b, output.items[j]);
        if (!last) {
          tsn_strbuf_push_ascii(&b, ", ");
          if (!pad_start) push_spaces(&b, pad);
        }
      }
      vec_push(&grouped, tsn_strbuf_finish(&b));
    }
    if (c->opt.max_array_length < output.n) vec_push(&grouped, output.items[output_length]);
    return grouped;
  }
  return output;
}

/* isBelowBreakLength: the entries plus separators and `start` fit in breakLength and `base` is one
 * line (an infinite breakLength only requires that no entry spans lines). */
static bool is_below_break_length(const ictx *c, const vec *output, double start, tsn_value base) {
  if (isinf(c->opt.break_length)) { /* no limit: one line unless something spans lines */
    for (uint32_t i = 0; i < output->n; i++)
      if (str_has_unit(output->items[i], '\n')) return false;
    return !str_has_unit(base, '\n');
  }
  double total = output->n + start;
  if (total + output->n > c->opt.break_length) return false;
  for (uint32_t i = 0; i < output->n; i++) {
    total += tsn_str_length(output->items[i]);
    if (total > c->opt.break_length) return false;
  }
  return tsn_str_length(base) == 0 || !str_has_unit(base, '\n');
}

/* reduceToSingleString with a numeric `compact`: group arrays of more than 6 entries; put the
 * entries on one line when the innermost nesting below is less than `compact` levels deep and they
 * fit; otherwise one entry per line, indented two spaces past the current level. */
static tsn_value reduce_to_single_string(ictx *c, vec output, tsn_value base, tsn_value brace0, tsn_value brace1, int extras_type, double recurse_times, tsn_object *array) {
  uint32_t entries = output.n;
  if (extras_type == K_ARRAY_EXTRAS && entries > 6) output = group_array_elements(c, output, array);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t base_len = tsn_str_length(base);
  if (c->current_depth - recurse_times < c->opt.compact && entries == output.n) {
    double start = output.n + c->indentation_lvl + tsn_str_length(brace0) + base_len + 10;
    if (is_below_break_length(c, &output, start, base)) {
      tsn_value joined = join(&output, ascii(", "));
      if (!str_has_unit(joined, '\n')) {
        if (base_len) {
          tsn_strbuf_push_string(&b, base);
          tsn_strbuf_push_unit(&b, ' ');
        }
        tsn_strbuf_push_string(&b, brace0);
        tsn_strbuf_push_unit(&b, ' ');
        tsn_strbuf_push_string(&b, joined);
        tsn_strbuf_push_unit(&b, ' ');
        tsn_strbuf_push_string(&b, brace1);
        return tsn_strbuf_finish(&b);
      }
    }
  }
  tsn_strbuf ind;
  tsn_strbuf_init(&ind);
  tsn_strbuf_push_unit(&ind, '\n');
  push_spaces(&ind, c->indentation_lvl);
  tsn_value indentation = tsn_strbuf_finish(&ind);
  if (base_len) {
    tsn_strbuf_push_string(&b, base);
    tsn_strbuf_push_unit(&b, ' ');
  }
  tsn_strbuf_push_string(&b, brace0);
  tsn_strbuf_push_string(&b, indentation);
  tsn_strbuf_push_ascii(&b, "  ");
  tsn_strbuf_push_string(&b, join(&output, concat3(ascii(","), indentation, ascii("  "))));
  tsn_strbuf_push_string(&b, indentation);
  tsn_strbuf_push_string(&b, brace1);
  return tsn_strbuf_finish(&b);
}

/* ---- objects ---- */

static tsn_value format_raw(ictx *c, tsn_object *o, double recurse_times) {
  tsn_value value = tsn_from_cell(o);
  vec proto_props = { 0 };
  bool want_proto_props = c->opt.show_hidden && !beyond_depth(c, recurse_times);
  tsn_value constructor = get_constructor_name(c, o, recurse_times, want_proto_props ? &proto_props : NULL);
  bool has_proto_props = proto_props.n != 0;
  tsn_value tag = get_tag(c, o);
  tsn_value base = tsn_atom.empty, brace0 = ascii("{"), brace1 = ascii("}");
  enum { F_NONE, F_ARRAY, F_SET, F_MAP, F_ITERATOR, F_PROMISE, F_TYPED_ARRAY, F_ARRAY_BUFFER } formatter = F_NONE;
  int extras_type = K_OBJECT;
  vec keys;
  uint16_t cls = o->hdr.class_id;
  tsn_builtin_iterator *it = collection_iterator(value);
  bool typed_array_buffer = c->typed_array_buffer;
  c->typed_array_buffer = false;
  static const char *const view_extra_keys[] = {"BYTES_PER_ELEMENT", "length", "byteLength", "byteOffset", "buffer"};
  static const char *const data_view_extra_keys[] = {"byteLength", "byteOffset", "buffer"};
  const char *const *extra_keys = NULL;
  size_t extra_count = 0, typed_array_length = 0;

  if (cls == TSN_CLASS_ARRAY) {
    tsn_value prefix = tsn_atom.empty;
    if (constructor == TSN_NULL || !str_eq_ascii(constructor, "Array") || tsn_str_length(tag))
      prefix = get_prefix(constructor, tag, "Array", concat3(ascii("("), count_text(o->length), ascii(")")));
    keys = array_extra_keys(c, o);
    brace0 = tsn_str_concat(prefix, ascii("["));
    brace1 = ascii("]");
    if (o->length == 0 && keys.n == 0 && !has_proto_props) return tsn_str_concat(brace0, brace1);
    extras_type = K_ARRAY_EXTRAS;
    formatter = F_ARRAY;
  } else if (cls == TSN_CLASS_SET || cls == TSN_CLASS_MAP) {
    bool is_map = cls == TSN_CLASS_MAP;
    uint32_t size = ((tsn_mapset *)o->internal)->size;
    tsn_value prefix = get_prefix(constructor, tag, is_map ? "Map" : "Set", concat3(ascii("("), count_text(size), ascii(")")));
    keys = get_keys(c, o);
    if (size == 0 && keys.n == 0 && !has_proto_props) return tsn_str_concat(prefix, ascii("{}"));
    brace0 = tsn_str_concat(prefix, ascii("{"));
    formatter = is_map ? F_MAP : F_SET;
  } else if (cls == TSN_CLASS_PROMISE) {
    keys = get_keys(c, o);
    brace0 = tsn_str_concat(get_prefix(constructor, tag, "Promise", tsn_atom.empty), ascii("{"));
    formatter = F_PROMISE;
  } else if (cls == TSN_CLASS_TYPED_ARRAY) {
    tsn_typed_array *ta = o->internal;
    typed_array_length = tsn_typed_array_length(ta);
    keys = array_extra_keys(c, o);
    tsn_value prefix = get_prefix(constructor, tag, constructor == TSN_NULL ? tsn_typed_array_name[ta->kind] : "",
                                  concat3(ascii("("), count_text((double)typed_array_length), ascii(")")));
    brace0 = tsn_str_concat(prefix, ascii("["));
    brace1 = ascii("]");
    if (typed_array_length == 0 && keys.n == 0 && !c->opt.show_hidden) return tsn_str_concat(brace0, brace1);
    formatter = F_TYPED_ARRAY;
    extras_type = K_ARRAY_EXTRAS;
    if (c->opt.show_hidden) extra_keys = view_extra_keys, extra_count = 5;
  } else if (cls == TSN_CLASS_ARRAY_BUFFER) {
    keys = get_keys(c, o);
    tsn_value prefix = get_prefix(constructor, tag, ((tsn_array_buffer *)o->internal)->shared ? "SharedArrayBuffer" : "ArrayBuffer", tsn_atom.empty);
    if (!typed_array_buffer) formatter = F_ARRAY_BUFFER;
    else if (keys.n == 0 && !has_proto_props)
      return concat3(prefix, ascii("{ [byteLength]: "), tsn_str_concat(format_number((double)((tsn_array_buffer *)o->internal)->byte_length), ascii(" }")));
    brace0 = tsn_str_concat(prefix, ascii("{"));
    extra_keys = view_extra_keys + 2, extra_count = 1;
  } else if (cls == TSN_CLASS_DATA_VIEW) {
    keys = get_keys(c, o);
    brace0 = tsn_str_concat(get_prefix(constructor, tag, "DataView", tsn_atom.empty), ascii("{"));
    extra_keys = data_view_extra_keys, extra_count = 3;
  } else if (it) {
    keys = get_keys(c, o);
    brace0 = iterator_brace(it->iter_class == TSN_BUILTIN_ITER_MAP ? "Map" : "Set", tag);
    formatter = F_ITERATOR;
  } else {
    keys = get_keys(c, o);
    if (cls == TSN_CLASS_FUNCTION) {
      base = get_function_base(c, o, constructor, tag);
      if (keys.n == 0 && !has_proto_props) return base;
    } else if (constructor != TSN_NULL && str_eq_ascii(constructor, "Object")) {
      if (cls == TSN_CLASS_ARGUMENTS) brace0 = ascii("[Arguments] {");
      else if (tsn_str_length(tag)) brace0 = tsn_str_concat(get_prefix(constructor, tag, "Object", tsn_atom.empty), ascii("{"));
      if (keys.n == 0 && !has_proto_props) return tsn_str_concat(brace0, ascii("}"));
    } else if (cls == TSN_CLASS_REGEXP) {
      base = tsn_regexp_display(value);
      tsn_value prefix = get_prefix(constructor, tag, "RegExp", tsn_atom.empty);
      if (!str_eq_ascii(prefix, "RegExp ")) base = tsn_str_concat(prefix, base);
      if (keys.n == 0 && !has_proto_props) return base;
    } else if (is_error(o)) {
      base = format_error(c, o, constructor, tag, &keys);
      if (keys.n == 0 && !has_proto_props) return base;
    } else if (cls == TSN_CLASS_BOOLEAN || cls == TSN_CLASS_NUMBER || cls == TSN_CLASS_STRING || cls == TSN_CLASS_SYMBOL) {
      base = get_boxed_base(c, o, &keys, constructor, tag);
      if (keys.n == 0 && !has_proto_props) return base;
    } else {
      tsn_value style = get_ctx_style(o, constructor, tag);
      if (keys.n == 0 && !has_proto_props) return tsn_str_concat(style, ascii("{}"));
      brace0 = tsn_str_concat(style, ascii("{"));
    }
  }

  if (beyond_depth(c, recurse_times)) {
    tsn_value style = get_ctx_style(o, constructor, tag);
    tsn_value name = slice(style, 0, tsn_str_length(style) - 1);
    return constructor != TSN_NULL ? concat3(ascii("["), name, ascii("]")) : name;
  }
  recurse_times++;
  vec_push(&c->seen, value);
  c->current_depth = recurse_times;
  vec output = { 0 };
  switch (formatter) {
    case F_ARRAY: output = format_array(c, o, recurse_times); break;
    case F_SET: output = format_map_set(c, o, recurse_times, false); break;
    case F_MAP: output = format_map_set(c, o, recurse_times, true); break;
    case F_ITERATOR: output = format_collection_iterator(c, o, recurse_times, &brace0); break;
    case F_PROMISE: output = format_promise(c, o, recurse_times); break;
    case F_TYPED_ARRAY: output = format_typed_array(c, o, typed_array_length); break;
    case F_ARRAY_BUFFER: output = format_array_buffer(c, o); break;
    case F_NONE: break;
  }
  for (size_t i = 0; i < extra_count; i++)
    vec_push(&output, format_extra_property(c, o, recurse_times, extra_keys[i], cls == TSN_CLASS_TYPED_ARRAY));
  for (uint32_t i = 0; i < keys.n; i++) vec_push(&output, format_property(c, o, recurse_times, keys.items[i], extras_type));
  for (uint32_t i = 0; i < proto_props.n; i++) vec_push(&output, proto_props.items[i]);
  int64_t ref = vec_index(&c->circular, value);
  if (ref >= 0) {
    tsn_value reference = concat3(ascii("<ref *"), count_text((double)ref + 1), ascii(">"));
    base = tsn_str_length(base) == 0 ? reference : concat3(reference, ascii(" "), base);
  }
  c->seen.n--;
  return reduce_to_single_string(c, output, base, brace0, brace1, extras_type, recurse_times, formatter == F_ARRAY || formatter == F_TYPED_ARRAY ? o : NULL);
}

static tsn_value format_value(ictx *c, tsn_value v, double recurse_times) {
  if (!tsn_is_object(v)) return format_primitive(c, v);
  TSN_CHECK_STACK(); /* nesting below an unlimited `depth` option */
  if (vec_index(&c->seen, v) >= 0) {
    int64_t index = vec_index(&c->circular, v);
    if (index < 0) {
      vec_push(&c->circular, v);
      index = c->circular.n - 1;
    }
    return concat3(ascii("[Circular *"), count_text((double)index + 1), ascii("]"));
  }
  return format_raw(c, tsn_as_object(v), recurse_times);
}

/* ---- public entry points ---- */

void tsn_inspect_default_options(tsn_inspect_options *o) {
  o->depth = 2;
  o->break_length = 80;
  o->compact = 3;
  o->show_hidden = false;
  o->max_array_length = 100;
  o->max_string_length = 10000;
}

static tsn_value inspect_with(const tsn_inspect_options *o, tsn_value v) {
  ictx c;
  memset(&c, 0, sizeof c);
  c.opt = *o;
  return format_value(&c, v, 0);
}

tsn_value tsn_inspect(tsn_value v, const tsn_inspect_options *o) {
  tsn_inspect_options defaults;
  if (o == NULL) {
    tsn_inspect_default_options(&defaults);
    o = &defaults;
  }
  return inspect_with(o, v);
}

/* ---- util.format ---- */

/* hasBuiltInToString: whether `%s` should inspect the object rather than call its toString: true
 * unless an own or inherited toString / Symbol.toPrimitive comes from a non-builtin class. */
static bool has_builtin_to_string(tsn_object *o) {
  tsn_value v = tsn_from_cell(o);
  tsn_value to_string = tsn_get(v, tsn_atom.toString);
  tsn_value to_primitive = tsn_get(v, tsn_intrinsics.symbol_to_primitive);
  bool check_to_string = true, check_to_primitive = true;
  if (!tsn_is_callable(to_string)) {
    if (!tsn_is_callable(to_primitive)) return true;
    if (tsn_has_own_property(o, tsn_intrinsics.symbol_to_primitive)) return false;
    check_to_string = false;
  } else if (tsn_has_own_property(o, tsn_atom.toString)) {
    return false;
  } else if (!tsn_is_callable(to_primitive)) {
    check_to_primitive = false;
  } else if (tsn_has_own_property(o, tsn_intrinsics.symbol_to_primitive)) {
    return false;
  }
  tsn_object *p = o;
  do {
    p = p->proto;
  } while (p && !(check_to_string && tsn_has_own_property(p, tsn_atom.toString)) &&
           !(check_to_primitive && tsn_has_own_property(p, tsn_intrinsics.symbol_to_primitive)));
  if (!p) return true;
  tsn_value ctor = own_constructor(p);
  return ctor != TSN_UNDEFINED && is_builtin_object_name(tsn_get(ctor, tsn_atom.name));
}

/* tryStringify: JSON.stringify(v), "[Circular]" for V8's circular-structure TypeError, "undefined"
 * when stringify returns undefined. */
static tsn_value try_stringify(tsn_value v) {
  tsn_value json = tsn_global_get(tsn_str_intern_ascii("JSON"));
  tsn_value result;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    result = tsn_call_method(json, tsn_str_intern_ascii("stringify"), NULL, 1, &v, "JSON.stringify");
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_value e = tsn_exception;
    if (tsn_is_object(e) && tsn_as_object(e)->proto == tsn_intrinsics.type_error_prototype) {
      tsn_value msg = tsn_get(e, tsn_atom.message);
      if (tsn_is_string(msg) && starts_with(msg, ascii("Converting circular structure to JSON"))) return ascii("[Circular]");
    }
    tsn_throw(e);
  }
  return tsn_is_undefined(result) ? tsn_atom.undefined : result;
}

static tsn_value format_spec_s(tsn_value arg) {
  if (tsn_is_number(arg)) return format_number(tsn_as_double(arg));
  if (!tsn_is_object(arg) || tsn_is_callable(arg) || !has_builtin_to_string(tsn_as_object(arg))) return string_of(arg);
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  o.depth = 0;
  return tsn_inspect(arg, &o);
}

static double string_arg_number(tsn_value arg, bool integer) {
  tsn_value s = tsn_to_string(arg);
  const uint16_t *u = tsn_str_chars(s);
  uint32_t n = tsn_str_length(s);
  return integer ? tsn_parse_int(u, n, 0) : tsn_parse_float(u, n);
}

tsn_value tsn_format(int argc, const tsn_value *argv) {
  tsn_inspect_options defaults;
  tsn_inspect_default_options(&defaults);
  int a = 0;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  bool joiner = false;
  if (argc > 0 && tsn_is_string(argv[0])) {
    tsn_value first = argv[0];
    if (argc == 1) return first;
    const uint16_t *u = tsn_str_chars(first);
    uint32_t n = tsn_str_length(first), last_pos = 0;
    for (uint32_t i = 0; i + 1 < n; i++) {
      if (u[i] != '%') continue;
      uint16_t next = u[++i];
      if (a + 1 != argc) {
        tsn_value temp;
        switch (next) {
          case 's': temp = format_spec_s(argv[++a]); break;
          case 'j': temp = try_stringify(argv[++a]); break;
          case 'd': {
            tsn_value arg = argv[++a];
            temp = tsn_is_symbol(arg) ? tsn_atom.NaN : format_number(tsn_to_number(arg));
            break;
          }
          case 'O': temp = tsn_inspect(argv[++a], &defaults); break;
          case 'o': {
            tsn_inspect_options o = defaults;
            o.show_hidden = true;
            o.depth = 4;
            temp = tsn_inspect(argv[++a], &o);
            break;
          }
          case 'i': {
            tsn_value arg = argv[++a];
            temp = tsn_is_symbol(arg) ? tsn_atom.NaN : format_number(string_arg_number(arg, true));
            break;
          }
          case 'f': {
            tsn_value arg = argv[++a];
            temp = tsn_is_symbol(arg) ? tsn_atom.NaN : format_number(string_arg_number(arg, false));
            break;
          }
          case 'c': a++; temp = tsn_atom.empty; break;
          case '%':
            tsn_strbuf_push_units(&b, u + last_pos, i - last_pos);
            last_pos = i + 1;
            continue;
          default: continue;
        }
        if (last_pos != i - 1) tsn_strbuf_push_units(&b, u + last_pos, i - 1 - last_pos);
        tsn_strbuf_push_string(&b, temp);
        last_pos = i + 1;
      } else if (next == '%') {
        tsn_strbuf_push_units(&b, u + last_pos, i - last_pos);
        last_pos = i + 1;
      }
    }
    if (last_pos != 0) {
      a++;
      joiner = true;
      if (last_pos < n) tsn_strbuf_push_units(&b, u + last_pos, n - last_pos);
    }
  }
  for (; a < argc; a++) {
    if (joiner) tsn_strbuf_push_unit(&b, ' ');
    tsn_value v = argv[a];
    tsn_strbuf_push_string(&b, tsn_is_string(v) ? v : tsn_inspect(v, &defaults));
    joiner = true;
  }
  return tsn_strbuf_finish(&b);
}
