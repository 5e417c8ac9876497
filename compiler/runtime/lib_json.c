/*
 * lib_json.c — the JSON object (ECMA-262 25.5): JSON.parse, our own iterative parser over
 * UTF-16 with V8's SyntaxError messages (token, position, line and column chosen exactly as V8's
 * JsonParser reports them) and the reviver with the source-text context argument V8 passes, and
 * JSON.stringify (SerializeJSONProperty: toJSON, replacer function or property list, gap, wrapper
 * unwrapping, well-formed quoting) with V8's multi-line "Converting circular structure" message.
 */
#include <math.h>
#include <stdio.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "lib_support.h"
#include "mapset.h"
#include "numconv.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

#define ARG(i) tsn_arg(argc, argv, i)

/* ======================================================================== JSON.parse */

/* The parse tree of source texts kept for a reviver (V8's "val_node"): primitives keep their
 * source text, arrays and objects their children with the values parsed for them (snapshots). */
typedef struct json_node {
  tsn_value source;           /* primitives: the source text; TSN_EMPTY for arrays/objects */
  uint32_t count;
  tsn_value *keys;            /* objects: property keys (duplicates: the last one wins) */
  tsn_value *snapshots;       /* values as parsed */
  struct json_node **children;
} json_node;

typedef struct json_parser {
  tsn_value text;
  const uint16_t *s;
  uint32_t len, pos;
  bool track;                 /* build json_nodes (a reviver is present) */
} json_parser;

static bool is_json_space(uint16_t c) { return c == ' ' || c == '\t' || c == '\r' || c == '\n'; }
static bool is_digit(uint32_t c) { return c >= '0' && c <= '9'; }
/* A character that may continue a JSON number (V8's NumberPart scan flag). */
static bool is_number_part(uint32_t c) { return is_digit(c) || c == '.' || c == 'e' || c == 'E' || c == '-' || c == '+'; }

static uint32_t current(json_parser *p) { return p->pos < p->len ? p->s[p->pos] : 0xFFFFFFFFu; }

static void skip_space(json_parser *p) {
  while (p->pos < p->len && is_json_space(p->s[p->pos])) p->pos++;
}

/* Throws SyntaxError "<message> at position N (line L column C)" for the cursor position. */
static _Noreturn void fail_at(json_parser *p, const char *message) {
  uint32_t line = 1, line_start = 0, i = 0;
  for (; i < p->pos; i++) {
    if (p->s[i] == '\r' && i + 1 < p->pos && p->s[i + 1] == '\n') i++;
    if (p->s[i] == '\r' || p->s[i] == '\n') {
      line++;
      line_start = i + 1;
    }
  }
  tsn_throw_syntax_error("%s at position %u (line %u column %u)", message, p->pos, line, 1 + i - line_start);
}

static bool source_is(json_parser *p, const char *ascii) {
  size_t n = strlen(ascii);
  if (n != p->len) return false;
  for (size_t i = 0; i < n; i++)
    if (p->s[i] != (uint8_t)ascii[i]) return false;
  return true;
}

/* V8's ReportUnexpectedCharacter for the character at the cursor (or the end of input). */
static _Noreturn void fail_unexpected(json_parser *p) {
  if (p->pos >= p->len) tsn_throw_syntax_error("Unexpected end of JSON input");
  uint16_t c = p->s[p->pos];
  if (is_digit(c) || c == '-') fail_at(p, "Unexpected number in JSON");
  if (c == '"') fail_at(p, "Unexpected string in JSON");
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  if (source_is(p, "[object Object]") || source_is(p, "undefined") || source_is(p, "Infinity") || source_is(p, "NaN")) {
    tsn_strbuf_push_unit(&b, '"');
    tsn_strbuf_push_string(&b, p->text);
    tsn_strbuf_push_ascii(&b, "\" is not valid JSON");
  } else {
    const uint32_t context = 10, min_length_for_context = 21;
    tsn_strbuf_push_ascii(&b, "Unexpected token '");
    tsn_strbuf_push_unit(&b, c);
    tsn_strbuf_push_ascii(&b, "', ");
    uint32_t from = 0, to = p->len;
    bool before = false, after = false;
    if (p->len >= min_length_for_context) {
      if (p->pos < context) {
        to = p->pos + context;
        after = true;
      } else if (p->pos < p->len - context) {
        from = p->pos - context;
        to = p->pos + context;
        before = after = true;
      } else {
        from = p->pos - context;
        before = true;
      }
    }
    if (before) tsn_strbuf_push_ascii(&b, "...");
    tsn_strbuf_push_unit(&b, '"');
    tsn_strbuf_push_units(&b, p->s + from, to - from);
    tsn_strbuf_push_unit(&b, '"');
    if (after) tsn_strbuf_push_ascii(&b, "...");
    tsn_strbuf_push_ascii(&b, " is not valid JSON");
  }
  tsn_lib_throw_with_message(tsn_intrinsics.syntax_error_prototype, tsn_strbuf_finish(&b));
}

static void expect(json_parser *p, uint16_t c, const char *message) {
  skip_space(p);
  if (current(p) != c) fail_at(p, message);
  p->pos++;
}

static int hex_value(uint32_t c) {
  if (c >= '0' && c <= '9') return (int)(c - '0');
  if (c >= 'a' && c <= 'f') return (int)(c - 'a' + 10);
  if (c >= 'A' && c <= 'F') return (int)(c - 'A' + 10);
  return -1;
}

/* A JSON string; the cursor is just after the opening quote. */
static tsn_value parse_string(json_parser *p) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t run = p->pos;
  for (;;) {
    if (p->pos >= p->len) fail_at(p, "Unterminated string in JSON");
    uint16_t c = p->s[p->pos];
    if (c == '"') {
      tsn_strbuf_push_units(&b, p->s + run, p->pos - run);
      p->pos++;
      return tsn_strbuf_finish(&b);
    }
    if (c < 0x20) fail_at(p, "Bad control character in string literal in JSON");
    if (c != '\\') {
      p->pos++;
      continue;
    }
    tsn_strbuf_push_units(&b, p->s + run, p->pos - run);
    p->pos++;
    uint32_t e = current(p);
    if (e == 0xFFFFFFFFu || e > 0xFF) fail_unexpected(p);
    switch (e) {
      case '"': case '\\': case '/': tsn_strbuf_push_unit(&b, (uint16_t)e); break;
      case 'b': tsn_strbuf_push_unit(&b, '\b'); break;
      case 'f': tsn_strbuf_push_unit(&b, '\f'); break;
      case 'n': tsn_strbuf_push_unit(&b, '\n'); break;
      case 'r': tsn_strbuf_push_unit(&b, '\r'); break;
      case 't': tsn_strbuf_push_unit(&b, '\t'); break;
      case 'u': {
        uint32_t v = 0;
        for (int i = 0; i < 4; i++) {
          p->pos++;
          int d = hex_value(current(p));
          if (d < 0) fail_at(p, "Bad Unicode escape in JSON");
          v = v * 16 + (uint32_t)d;
        }
        tsn_strbuf_push_unit(&b, (uint16_t)v);
        break;
      }
      default: fail_at(p, "Bad escaped character in JSON");
    }
    p->pos++;
    run = p->pos;
  }
}

static void skip_digits(json_parser *p) {
  while (p->pos < p->len && is_digit(p->s[p->pos])) p->pos++;
}

/* A JSON number (V8's ParseJsonNumber checks, in its order); the cursor is at '-' or a digit. */
static tsn_value parse_number(json_parser *p) {
  uint32_t start = p->pos;
  bool negative = current(p) == '-';
  if (negative) p->pos++;
  if (current(p) == '0') {
    p->pos++;
    uint32_t c = current(p);
    if (c <= 0xFF && is_number_part(c)) {
      if (is_digit(c)) fail_at(p, "Unexpected number in JSON");
    } else if (!negative) {
      return tsn_from_double(0);
    }
  } else {
    uint32_t digits_start = p->pos;
    skip_digits(p);
    if (p->pos == digits_start) fail_at(p, "No number after minus sign in JSON");
  }
  if (current(p) == '.') {
    p->pos++;
    if (!is_digit(current(p))) fail_at(p, "Unterminated fractional number in JSON");
    skip_digits(p);
  }
  if (current(p) == 'e' || current(p) == 'E') {
    p->pos++;
    if (current(p) == '-' || current(p) == '+') p->pos++;
    if (!is_digit(current(p))) fail_at(p, "Exponent part is missing a number in JSON");
    skip_digits(p);
  }
  return tsn_from_double(tsn_string_to_number(p->s + start, p->pos - start));
}

/* true / false / null; the cursor is at the first letter, which matched. */
static void parse_literal(json_parser *p, const char *word) {
  uint32_t n = (uint32_t)strlen(word), remaining = p->len - p->pos;
  bool match = remaining >= n;
  for (uint32_t i = 1; match && i < n; i++) match = p->s[p->pos + i] == (uint8_t)word[i];
  if (match) {
    p->pos += n;
    return;
  }
  p->pos++;
  uint32_t limit = n - 1 < remaining - 1 ? n - 1 : remaining - 1;
  for (uint32_t i = 0; i < limit; i++, p->pos++)
    if (p->s[p->pos] != (uint8_t)word[1 + i]) fail_unexpected(p);
  fail_unexpected(p); /* at the end of input */
}

static json_node *node_new(tsn_value source) {
  json_node *n = tsn_alloc(sizeof(json_node));
  n->source = source;
  return n;
}

static void node_add(json_node *n, uint32_t *cap, tsn_value key, tsn_value value, json_node *child) {
  if (n->count == *cap) {
    uint32_t c = *cap ? *cap * 2 : 4;
    tsn_value *keys = tsn_alloc(c * sizeof(tsn_value)), *snaps = tsn_alloc(c * sizeof(tsn_value));
    json_node **children = tsn_alloc(c * sizeof(json_node *));
    if (n->count) {
      memcpy(keys, n->keys, n->count * sizeof(tsn_value));
      memcpy(snaps, n->snapshots, n->count * sizeof(tsn_value));
      memcpy(children, n->children, n->count * sizeof(json_node *));
    }
    n->keys = keys;
    n->snapshots = snaps;
    n->children = children;
    *cap = c;
  }
  n->keys[n->count] = key;
  n->snapshots[n->count] = value;
  n->children[n->count] = child;
  n->count++;
}

/* One array or object still open in the parse (the parse keeps them on its own stack, not the C
 * stack, so nesting is bounded by memory only, as V8's iterative JsonParser). */
typedef struct open_container {
  tsn_value value;            /* the array or object being filled */
  bool is_object;
  tsn_value key;              /* objects: the key of the member value being parsed */
  json_node *node;            /* its node when tracking */
  uint32_t node_capacity;
} open_container;

/* A member name and its ':' after '{' or ','; the cursor is before the name's opening quote. */
static tsn_value parse_member_name(json_parser *p, const char *message) {
  expect(p, '"', message);
  tsn_value key = tsn_str_intern(parse_string(p));
  expect(p, ':', "Expected ':' after property name in JSON");
  return key;
}

/* A primitive value at the cursor (after whitespace); fails on anything else. */
static tsn_value parse_primitive(json_parser *p) {
  switch (current(p)) {
    case '"': p->pos++; return parse_string(p);
    case 't': parse_literal(p, "true"); return TSN_TRUE;
    case 'f': parse_literal(p, "false"); return TSN_FALSE;
    case 'n': parse_literal(p, "null"); return TSN_NULL;
    default:
      if (current(p) == '-' || is_digit(current(p))) return parse_number(p);
      fail_unexpected(p);
  }
}

/* A JSON value (JSON.parse's grammar, 25.5.1) with V8's messages; `node` receives its parse tree
 * when tracking. Iterative: an explicit stack of the open arrays and objects. */
static tsn_value parse_value(json_parser *p, json_node **node) {
  open_container *open = NULL;
  uint32_t depth = 0, capacity = 0;
  for (;;) {
    skip_space(p);
    tsn_value v;
    json_node *v_node = NULL;
    if (current(p) == '[' || current(p) == '{') {
      bool is_object = current(p) == '{';
      p->pos++;
      if (depth == capacity) {
        capacity = capacity ? capacity * 2 : 16;
        open_container *grown = tsn_alloc(capacity * sizeof(open_container));
        if (depth) memcpy(grown, open, depth * sizeof(open_container));
        open = grown;
      }
      open_container *c = &open[depth++];
      *c = (open_container){.value = is_object ? tsn_from_cell(tsn_object_new(tsn_intrinsics.object_prototype)) : tsn_new_array(0),
                            .is_object = is_object, .node = p->track ? node_new(TSN_EMPTY) : NULL};
      skip_space(p);
      if (current(p) != (is_object ? '}' : ']')) {
        if (is_object) c->key = parse_member_name(p, "Expected property name or '}' in JSON");
        continue; /* parse the first member */
      }
      p->pos++;
      v = c->value;
      v_node = c->node;
      depth--;
    } else {
      uint32_t start = p->pos;
      v = parse_primitive(p);
      if (p->track) v_node = node_new(tsn_str_substring(p->text, start, p->pos));
    }
    /* `v` is complete: store it in its container, closing every container that ends here. */
    for (;;) {
      if (depth == 0) {
        if (node) *node = v_node;
        return v;
      }
      open_container *c = &open[depth - 1];
      if (c->is_object) tsn_define_own(tsn_as_object(c->value), c->key, v, TSN_ATTR_DEFAULT);
      else tsn_array_push(c->value, v);
      if (c->node) node_add(c->node, &c->node_capacity, c->is_object ? c->key : TSN_UNDEFINED, v, v_node);
      skip_space(p);
      if (current(p) == ',') {
        p->pos++;
        if (c->is_object) c->key = parse_member_name(p, "Expected double-quoted property name in JSON");
        break; /* parse the next member */
      }
      if (c->is_object) expect(p, '}', "Expected ',' or '}' after property value in JSON");
      else expect(p, ']', "Expected ',' or ']' after array element in JSON");
      v = c->value;
      v_node = c->node;
      depth--;
    }
  }
}

/* The source node of property `key` of an object node (the last duplicate wins), or NULL. */
static json_node *node_child_for_key(json_node *n, tsn_value key, tsn_value *snapshot) {
  for (uint32_t i = n->count; i-- > 0;)
    if (tsn_str_equals(n->keys[i], key)) {
      *snapshot = n->snapshots[i];
      return n->children[i];
    }
  return NULL;
}

static tsn_value internalize(tsn_value reviver, tsn_object *holder, tsn_value name, json_node *node, tsn_value snapshot);

/* RecurseAndApply: revive holder[name] and store the result (undefined deletes it). */
static void revive_property(tsn_value reviver, tsn_object *holder, tsn_value name, json_node *node, tsn_value snapshot) {
  TSN_ENTER_COST(TSN_STACK_COST_JSON_REVIVE);
  tsn_value v = internalize(reviver, holder, name, node, snapshot);
  TSN_LEAVE_COST(TSN_STACK_COST_JSON_REVIVE);
  if (tsn_is_undefined(v)) tsn_delete_property(tsn_from_cell(holder), name);
  else tsn_define_own(holder, name, v, TSN_ATTR_DEFAULT);
}

/* InternalizeJSONProperty (25.5.1.1) with V8's third reviver argument: a context object holding
 * the `source` text of a primitive whose value the reviver has not replaced. */
static tsn_value internalize(tsn_value reviver, tsn_object *holder, tsn_value name, json_node *node, tsn_value snapshot) {
  tsn_value val = tsn_get(tsn_from_cell(holder), name);
  if (node && !tsn_same_value(val, snapshot)) node = NULL;
  if (tsn_is_object(val)) {
    tsn_object *o = tsn_as_object(val);
    if (tsn_is_array(val)) {
      double len = (double)tsn_to_length(tsn_get(val, tsn_atom.length));
      for (double i = 0; i < len; i++) {
        bool known = node && i < node->count;
        revive_property(reviver, o, tsn_to_property_key(tsn_from_double(i)), known ? node->children[(uint32_t)i] : NULL,
                        known ? node->snapshots[(uint32_t)i] : TSN_UNDEFINED);
      }
    } else {
      uint32_t n;
      tsn_value *keys = tsn_own_keys(o, true, false, &n);
      for (uint32_t i = 0; i < n; i++) {
        tsn_value snap = TSN_UNDEFINED;
        json_node *child = node ? node_child_for_key(node, keys[i], &snap) : NULL;
        revive_property(reviver, o, keys[i], child, snap);
      }
    }
  }
  tsn_object *context = tsn_object_new(tsn_intrinsics.object_prototype);
  if (node && node->source != TSN_EMPTY) tsn_define_own(context, tsn_str_intern_ascii("source"), node->source, TSN_ATTR_DEFAULT);
  tsn_value args[3] = {name, val, tsn_from_cell(context)};
  return tsn_call(reviver, tsn_from_cell(holder), 3, args, NULL);
}

/* JSON.parse(text, reviver) (25.5.1). */
static tsn_value json_parse(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_value text = tsn_to_string(ARG(0));
  tsn_value reviver = ARG(1);
  json_parser p = {.text = text, .s = tsn_str_chars(text), .len = tsn_str_length(text), .track = tsn_is_callable(reviver)};
  json_node *root = NULL;
  tsn_value result = parse_value(&p, p.track ? &root : NULL);
  skip_space(&p);
  if (p.pos < p.len) fail_at(&p, "Unexpected non-whitespace character after JSON");
  if (!p.track) return result;
  tsn_object *holder = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_own(holder, tsn_atom.empty, result, TSN_ATTR_DEFAULT);
  return internalize(reviver, holder, tsn_atom.empty, root, result);
}

/* ==================================================================== JSON.stringify */

typedef struct json_writer {
  tsn_strbuf out;
  tsn_value replacer;         /* function or undefined */
  tsn_value *property_list;   /* from an array replacer, or NULL */
  uint32_t property_count;
  tsn_value gap;              /* string */
  tsn_strbuf indent;
  tsn_object **stack;         /* objects being serialized, outermost first */
  tsn_value *stack_keys;      /* the key each was reached by (string, or number for array indices) */
  tsn_mapset *on_stack;       /* object -> its index in `stack`: the cycle check in O(1) per level */
  uint32_t depth, capacity;
} json_writer;

/* QuoteJSONString (25.5.2.3): well-formed output, lone surrogates escaped as \udxxx. */
static void quote(tsn_strbuf *b, tsn_value s) {
  static const char hex[] = "0123456789abcdef";
  const uint16_t *u = tsn_str_chars(s);
  uint32_t n = tsn_str_length(s);
  tsn_strbuf_push_unit(b, '"');
  for (uint32_t i = 0; i < n; i++) {
    uint16_t c = u[i];
    switch (c) {
      case '\b': tsn_strbuf_push_ascii(b, "\\b"); continue;
      case '\t': tsn_strbuf_push_ascii(b, "\\t"); continue;
      case '\n': tsn_strbuf_push_ascii(b, "\\n"); continue;
      case '\f': tsn_strbuf_push_ascii(b, "\\f"); continue;
      case '\r': tsn_strbuf_push_ascii(b, "\\r"); continue;
      case '"': tsn_strbuf_push_ascii(b, "\\\""); continue;
      case '\\': tsn_strbuf_push_ascii(b, "\\\\"); continue;
      default: break;
    }
    bool lone = false;
    if (c >= 0xD800 && c <= 0xDBFF) {
      if (i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) {
        tsn_strbuf_push_units(b, u + i, 2);
        i++;
        continue;
      }
      lone = true;
    } else if (c >= 0xDC00 && c <= 0xDFFF) {
      lone = true;
    }
    if (c < 0x20 || lone) {
      char esc[7] = {'\\', 'u', hex[c >> 12], hex[(c >> 8) & 15], hex[(c >> 4) & 15], hex[c & 15], 0};
      tsn_strbuf_push_ascii(b, esc);
    } else {
      tsn_strbuf_push_unit(b, c);
    }
  }
  tsn_strbuf_push_unit(b, '"');
}

/* The constructor name V8 shows in the circular-structure message ('Object' when unnamed). */
static void push_constructor_name(tsn_strbuf *b, tsn_object *o) {
  const char *text = tsn_object_class_text(o); /* "#<Name>" or "[object Name]" */
  size_t n = strlen(text);
  if (text[0] == '#') tsn_strbuf_push_ascii_n(b, text + 2, n - 3);
  else tsn_strbuf_push_ascii_n(b, text + 8, n - 9);
}

static void push_key_text(tsn_strbuf *b, tsn_value key) {
  if (tsn_is_number(key)) {
    tsn_strbuf_push_ascii(b, "index ");
    tsn_strbuf_push_string(b, tsn_to_string(key));
  } else {
    tsn_strbuf_push_ascii(b, "property '");
    tsn_strbuf_push_string(b, key);
    tsn_strbuf_push_unit(b, '\'');
  }
}

/* TypeError "Converting circular structure to JSON" with V8's path: the first two and the last
 * link of the cycle, elided with "..." in between when longer. */
static _Noreturn void throw_circular(json_writer *w, uint32_t start, tsn_value closing_key) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "Converting circular structure to JSON\n    --> starting at object with constructor '");
  push_constructor_name(&b, w->stack[start]);
  tsn_strbuf_push_unit(&b, '\'');
  uint32_t links = w->depth - 1 - start;
  for (uint32_t i = 1; i <= links; i++) {
    if (links > 3 && i == 3) {
      tsn_strbuf_push_ascii(&b, "\n    |     ...");
      i = links - 1;
      continue;
    }
    tsn_strbuf_push_ascii(&b, "\n    |     ");
    push_key_text(&b, w->stack_keys[start + i]);
    tsn_strbuf_push_ascii(&b, " -> object with constructor '");
    push_constructor_name(&b, w->stack[start + i]);
    tsn_strbuf_push_unit(&b, '\'');
  }
  tsn_strbuf_push_ascii(&b, "\n    --- ");
  push_key_text(&b, closing_key);
  tsn_strbuf_push_ascii(&b, " closes the circle");
  tsn_lib_throw_with_message(tsn_intrinsics.type_error_prototype, tsn_strbuf_finish(&b));
}

static void stack_push(json_writer *w, tsn_object *o, tsn_value key) {
  tsn_value *index = tsn_mapset_find(w->on_stack, tsn_from_cell(o));
  if (index) throw_circular(w, (uint32_t)tsn_as_double(*index), key);
  tsn_mapset_put(w->on_stack, tsn_from_cell(o), tsn_from_double(w->depth));
  if (w->depth == w->capacity) {
    uint32_t c = w->capacity ? w->capacity * 2 : 16;
    tsn_object **s = tsn_alloc(c * sizeof(tsn_object *));
    tsn_value *k = tsn_alloc(c * sizeof(tsn_value));
    if (w->depth) {
      memcpy(s, w->stack, w->depth * sizeof(tsn_object *));
      memcpy(k, w->stack_keys, w->depth * sizeof(tsn_value));
    }
    w->stack = s;
    w->stack_keys = k;
    w->capacity = c;
  }
  w->stack[w->depth] = o;
  w->stack_keys[w->depth] = key;
  w->depth++;
}

static void newline_indent(json_writer *w) {
  tsn_strbuf_push_unit(&w->out, '\n');
  tsn_strbuf_push_units(&w->out, w->indent.data, w->indent.length);
}

static bool serialize_property(json_writer *w, tsn_object *holder, tsn_value key, tsn_value value);

/* SerializeJSONObject (25.5.2.5). */
static void serialize_object(json_writer *w, tsn_object *o) {
  uint32_t count;
  tsn_value *keys = w->property_list;
  if (keys) count = w->property_count;
  else keys = tsn_own_keys(o, true, false, &count);
  uint32_t outer_indent = w->indent.length;
  tsn_strbuf_push_string(&w->indent, w->gap);
  bool gap = tsn_str_length(w->gap) > 0, any = false;
  tsn_strbuf_push_unit(&w->out, '{');
  for (uint32_t i = 0; i < count; i++) {
    uint32_t mark = w->out.length;
    if (any) tsn_strbuf_push_unit(&w->out, ',');
    if (gap) newline_indent(w);
    quote(&w->out, keys[i]);
    tsn_strbuf_push_unit(&w->out, ':');
    if (gap) tsn_strbuf_push_unit(&w->out, ' ');
    if (serialize_property(w, o, keys[i], tsn_get(tsn_from_cell(o), keys[i]))) any = true;
    else w->out.length = mark;
  }
  w->indent.length = outer_indent;
  if (any && gap) newline_indent(w);
  tsn_strbuf_push_unit(&w->out, '}');
}

/* SerializeJSONArray (25.5.2.6). */
static void serialize_array(json_writer *w, tsn_object *o) {
  double len = (double)tsn_to_length(tsn_get(tsn_from_cell(o), tsn_atom.length));
  uint32_t outer_indent = w->indent.length;
  tsn_strbuf_push_string(&w->indent, w->gap);
  bool gap = tsn_str_length(w->gap) > 0;
  tsn_strbuf_push_unit(&w->out, '[');
  for (double k = 0; k < len; k++) {
    if (k > 0) tsn_strbuf_push_unit(&w->out, ',');
    if (gap) newline_indent(w);
    tsn_value index = tsn_from_double(k);
    if (!serialize_property(w, o, index, tsn_get_index(tsn_from_cell(o), index))) tsn_strbuf_push_ascii(&w->out, "null");
  }
  w->indent.length = outer_indent;
  if (len > 0 && gap) newline_indent(w);
  tsn_strbuf_push_unit(&w->out, ']');
}

/* SerializeJSONProperty (25.5.2.2) for `value` = holder[key] (key: a string, or a number for array
 * elements); appends the text and returns true, or returns false for undefined. */
static bool serialize_property(json_writer *w, tsn_object *holder, tsn_value key, tsn_value value) {
  tsn_value key_string = tsn_is_number(key) ? tsn_to_string(key) : key;
  if (tsn_is_object(value)) {
    tsn_value to_json = tsn_get(value, tsn_str_intern_ascii("toJSON"));
    if (tsn_is_callable(to_json)) value = tsn_call(to_json, value, 1, &key_string, NULL);
  }
  if (!tsn_is_undefined(w->replacer)) {
    tsn_value args[2] = {key_string, value};
    value = tsn_call(w->replacer, tsn_from_cell(holder), 2, args, NULL);
  }
  if (tsn_is_object(value)) {
    switch (tsn_as_cell(value)->class_id) {
      case TSN_CLASS_NUMBER: value = tsn_from_double(tsn_to_number(value)); break;
      case TSN_CLASS_STRING: value = tsn_to_string(value); break;
      case TSN_CLASS_BOOLEAN: value = (tsn_value)(uintptr_t)tsn_as_object(value)->internal; break;
      default: break;
    }
  }
  if (tsn_is_null(value)) {
    tsn_strbuf_push_ascii(&w->out, "null");
  } else if (tsn_is_boolean(value)) {
    tsn_strbuf_push_ascii(&w->out, value == TSN_TRUE ? "true" : "false");
  } else if (tsn_is_string(value)) {
    quote(&w->out, value);
  } else if (tsn_is_number(value)) {
    double d = tsn_as_double(value);
    if (isfinite(d)) tsn_strbuf_push_string(&w->out, tsn_number_to_string_value(d));
    else tsn_strbuf_push_ascii(&w->out, "null");
  } else if (tsn_is_object(value) && !tsn_is_callable(value)) {
    TSN_ENTER_COST(TSN_STACK_COST_JSON_STRINGIFY);
    stack_push(w, tsn_as_object(value), key);
    if (tsn_is_array(value)) serialize_array(w, tsn_as_object(value));
    else serialize_object(w, tsn_as_object(value));
    tsn_mapset_remove(w->on_stack, value);
    w->depth--;
    TSN_LEAVE_COST(TSN_STACK_COST_JSON_STRINGIFY);
  } else {
    return false;
  }
  return true;
}

/* The PropertyList of an array replacer: string and number items (and their wrappers), deduplicated. */
static void collect_property_list(json_writer *w, tsn_value replacer) {
  double len = (double)tsn_to_length(tsn_get(replacer, tsn_atom.length));
  uint32_t cap = 8;
  w->property_list = tsn_alloc(cap * sizeof(tsn_value));
  for (double k = 0; k < len; k++) {
    tsn_value v = tsn_get_index(replacer, tsn_from_double(k));
    tsn_value item;
    if (tsn_is_string(v)) item = v;
    else if (tsn_is_number(v)) item = tsn_to_string(v);
    else if (tsn_is_object(v) && (tsn_as_cell(v)->class_id == TSN_CLASS_STRING || tsn_as_cell(v)->class_id == TSN_CLASS_NUMBER)) item = tsn_to_string(v);
    else continue;
    item = tsn_str_intern(item);
    bool seen = false;
    for (uint32_t i = 0; i < w->property_count && !seen; i++) seen = w->property_list[i] == item;
    if (seen) continue;
    if (w->property_count == cap) {
      tsn_value *bigger = tsn_alloc(2 * cap * sizeof(tsn_value));
      memcpy(bigger, w->property_list, cap * sizeof(tsn_value));
      w->property_list = bigger;
      cap *= 2;
    }
    w->property_list[w->property_count++] = item;
  }
}

/* The gap string from `space`: a number of spaces (at most 10) or the first 10 code units. */
static tsn_value gap_of(tsn_value space) {
  if (tsn_is_object(space)) {
    uint16_t cls = tsn_as_cell(space)->class_id;
    if (cls == TSN_CLASS_NUMBER) space = tsn_from_double(tsn_to_number(space));
    else if (cls == TSN_CLASS_STRING) space = tsn_to_string(space);
  }
  if (tsn_is_number(space)) {
    double n = fmin(10, tsn_to_integer_or_infinity(space));
    tsn_strbuf b;
    tsn_strbuf_init(&b);
    for (int i = 0; i < (int)n; i++) tsn_strbuf_push_unit(&b, ' ');
    return tsn_strbuf_finish(&b);
  }
  if (tsn_is_string(space)) return tsn_str_substring(space, 0, tsn_str_length(space) < 10 ? tsn_str_length(space) : 10);
  return tsn_atom.empty;
}

/* JSON.stringify(value, replacer, space) (25.5.2). */
static tsn_value json_stringify(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  json_writer w = {.replacer = TSN_UNDEFINED, .on_stack = tsn_mapset_new()};
  tsn_value replacer = ARG(1);
  if (tsn_is_callable(replacer)) w.replacer = replacer;
  else if (tsn_is_array(replacer)) collect_property_list(&w, replacer);
  w.gap = gap_of(ARG(2));
  tsn_strbuf_init(&w.out);
  tsn_strbuf_init(&w.indent);
  tsn_object *wrapper = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_own(wrapper, tsn_atom.empty, ARG(0), TSN_ATTR_DEFAULT);
  if (!serialize_property(&w, wrapper, tsn_atom.empty, ARG(0))) return TSN_UNDEFINED;
  return tsn_strbuf_finish(&w.out);
}

void tsn_lib_json_init(void) {
  tsn_object *json = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_builtin(json, "parse", json_parse, 2);
  tsn_define_builtin(json, "stringify", json_stringify, 3);
  tsn_lib_define_to_string_tag(json, "JSON");
  tsn_lib_define_value(tsn_intrinsics.global, "JSON", tsn_from_cell(json), TSN_ATTR_HIDDEN);
}
