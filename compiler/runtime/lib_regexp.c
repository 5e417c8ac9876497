/*
 * lib_regexp.c — the RegExp constructor, RegExp.prototype and its Symbol.match / matchAll / replace /
 * search / split methods (ECMA-262 22.2.4 - 22.2.9), over the engine of regexp.h. Every method
 * follows the spec's protocol (Get "exec", "flags", "lastIndex" ... on the receiver), so subclasses
 * and objects that override exec behave as in Node. Not provided: the legacy RegExp.$1 statics and
 * RegExp.prototype.compile.
 */
#include <math.h>
#include <stdio.h>
#include <string.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_regexp.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "regexp.h"
#include "str.h"
#include "substitution.h"
#include "symbol.h"

#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* [[OriginalSource]], [[OriginalFlags]] and the compiled matcher of a RegExp object. */
typedef struct regexp_data {
  tsn_value source, flags;
  tsn_regexp_program *program;
} regexp_data;

static tsn_object *regexp_prototype;
static tsn_value regexp_constructor, builtin_exec;
tsn_regexp_symbol_set tsn_regexp_symbols;
static tsn_value key_last_index, key_index, key_input, key_groups, key_indices, key_exec, key_flags, key_source;
static tsn_object *string_iterator_prototype;

static bool is_regexp_object(tsn_value v) { return tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_REGEXP; }
static regexp_data *data_of(tsn_value v) { return (regexp_data *)tsn_as_object(v)->internal; }

static tsn_value ascii(const char *s) { return tsn_str_intern_ascii(s); }

/* ---- creation ---- */

/* RegExpInitialize (22.2.3.3) on a fresh object. */
static tsn_value regexp_initialize(tsn_object *o, tsn_value pattern, tsn_value flags) {
  tsn_value p = tsn_is_undefined(pattern) ? tsn_atom.empty : tsn_to_string(pattern);
  tsn_value f = tsn_is_undefined(flags) ? tsn_atom.empty : tsn_to_string(flags);
  int32_t bits = tsn_regexp_parse_flags(f);
  if (bits < 0) {
    tsn_strbuf b;
    tsn_strbuf_init(&b);
    tsn_strbuf_push_ascii(&b, "Invalid flags supplied to RegExp constructor '");
    tsn_strbuf_push_string(&b, f);
    tsn_strbuf_push_ascii(&b, "'");
    tsn_lib_throw_with_message(tsn_intrinsics.syntax_error_prototype, tsn_strbuf_finish(&b));
  }
  regexp_data *d = tsn_alloc(sizeof *d);
  d->source = p;
  d->flags = f;
  d->program = tsn_regexp_compile(p, (uint32_t)bits, f);
  o->internal = d;
  tsn_set(tsn_from_cell(o), key_last_index, tsn_from_double(0));
  return tsn_from_cell(o);
}

/* RegExpAlloc (22.2.3.2): lastIndex is an own writable, non-enumerable, non-configurable property. */
static tsn_object *regexp_alloc(tsn_value new_target) {
  tsn_object *o = tsn_create_from_constructor(new_target, regexp_prototype, TSN_CLASS_REGEXP);
  tsn_define_own(o, key_last_index, tsn_from_double(0), TSN_ATTR_WRITABLE);
  return o;
}

tsn_value tsn_regexp_create(tsn_value pattern, tsn_value flags) {
  return regexp_initialize(regexp_alloc(regexp_constructor), pattern, flags);
}

bool tsn_is_regexp(tsn_value v) {
  if (!tsn_is_object(v)) return false;
  tsn_value matcher = tsn_get(v, tsn_regexp_symbols.match);
  if (!tsn_is_undefined(matcher)) return tsn_to_boolean(matcher);
  return is_regexp_object(v);
}

/* RegExp(pattern, flags) (22.2.4.1). */
BUILTIN(regexp_ctor) {
  tsn_value pattern = ARG(0), flags = ARG(1);
  bool pattern_is_regexp = tsn_is_regexp(pattern);
  if (tsn_is_undefined(new_target)) {
    new_target = tsn_from_cell(callee);
    if (pattern_is_regexp && tsn_is_undefined(flags)) {
      tsn_value ctor = tsn_get(pattern, tsn_atom.constructor);
      if (ctor == new_target) return pattern;
    }
  }
  tsn_value p, f;
  if (is_regexp_object(pattern)) {
    p = data_of(pattern)->source;
    f = tsn_is_undefined(flags) ? data_of(pattern)->flags : flags;
  } else if (pattern_is_regexp) {
    p = tsn_get(pattern, key_source);
    f = tsn_is_undefined(flags) ? tsn_get(pattern, key_flags) : flags;
  } else {
    p = pattern;
    f = flags;
  }
  return regexp_initialize(regexp_alloc(new_target), p, f);
}

/* ---- flag and source getters ---- */

/* EscapeRegExpPattern (22.2.6.13.1) as V8 renders `source`: '/' outside classes and line
 * terminators escaped, "(?:)" for the empty pattern. */
static tsn_value escape_pattern(tsn_value source) {
  uint32_t len = tsn_str_length(source);
  if (len == 0) return ascii("(?:)");
  const uint16_t *u = tsn_str_chars(source);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  bool in_class = false;
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = u[i];
    if (c == '\\' && i + 1 < len) {
      uint16_t n = u[i + 1];
      tsn_strbuf_push_unit(&b, '\\');
      if (n == '\n') tsn_strbuf_push_ascii(&b, "n");
      else if (n == '\r') tsn_strbuf_push_ascii(&b, "r");
      else if (n == 0x2028) tsn_strbuf_push_ascii(&b, "u2028");
      else if (n == 0x2029) tsn_strbuf_push_ascii(&b, "u2029");
      else tsn_strbuf_push_unit(&b, n);
      i++;
      continue;
    }
    if (c == '[') in_class = true;
    else if (c == ']') in_class = false;
    if (c == '/' && !in_class) tsn_strbuf_push_ascii(&b, "\\/");
    else if (c == '\n') tsn_strbuf_push_ascii(&b, "\\n");
    else if (c == '\r') tsn_strbuf_push_ascii(&b, "\\r");
    else if (c == 0x2028) tsn_strbuf_push_ascii(&b, "\\u2028");
    else if (c == 0x2029) tsn_strbuf_push_ascii(&b, "\\u2029");
    else tsn_strbuf_push_unit(&b, c);
  }
  return tsn_strbuf_finish(&b);
}

tsn_value tsn_regexp_display(tsn_value regexp) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_unit(&b, '/');
  tsn_strbuf_push_string(&b, escape_pattern(data_of(regexp)->source));
  tsn_strbuf_push_unit(&b, '/');
  static const char order[] = "dgimsuvy";
  uint32_t bits = data_of(regexp)->program->flags;
  for (int k = 0; k < 8; k++)
    if (bits & (1u << k)) tsn_strbuf_push_unit(&b, (uint16_t)order[k]);
  return tsn_strbuf_finish(&b);
}

static tsn_value flag_getter(tsn_value this_value, uint32_t bit, const char *name) {
  if (is_regexp_object(this_value)) return tsn_from_bool((data_of(this_value)->program->flags & bit) != 0);
  if (tsn_is_object(this_value) && tsn_as_object(this_value) == regexp_prototype) return TSN_UNDEFINED;
  tsn_throw_type_error("RegExp.prototype.%s getter called on non-RegExp object", name);
}

#define FLAG_GETTER(fn, bit, name) BUILTIN(fn) { return flag_getter(this_value, bit, name); }
FLAG_GETTER(get_has_indices, TSN_RE_HAS_INDICES, "hasIndices")
FLAG_GETTER(get_global, TSN_RE_GLOBAL, "global")
FLAG_GETTER(get_ignore_case, TSN_RE_IGNORE_CASE, "ignoreCase")
FLAG_GETTER(get_multiline, TSN_RE_MULTILINE, "multiline")
FLAG_GETTER(get_dot_all, TSN_RE_DOT_ALL, "dotAll")
FLAG_GETTER(get_unicode, TSN_RE_UNICODE, "unicode")
FLAG_GETTER(get_unicode_sets, TSN_RE_UNICODE_SETS, "unicodeSets")
FLAG_GETTER(get_sticky, TSN_RE_STICKY, "sticky")

BUILTIN(get_source) {
  if (is_regexp_object(this_value)) return escape_pattern(data_of(this_value)->source);
  if (tsn_is_object(this_value) && tsn_as_object(this_value) == regexp_prototype) return ascii("(?:)");
  tsn_throw_type_error("RegExp.prototype.source getter called on non-RegExp object");
}

/* get RegExp.prototype.flags (22.2.6.4): generic over the flag properties. */
BUILTIN(get_flags) {
  if (!tsn_is_object(this_value)) {
    size_t n;
    tsn_throw_type_error("RegExp.prototype.flags getter called on non-object %s", tsn_str_to_utf8(tsn_lib_receiver_text(this_value), &n));
  }
  static const char *const names[] = {"hasIndices", "global", "ignoreCase", "multiline", "dotAll", "unicode", "unicodeSets", "sticky"};
  static const char letters[] = "dgimsuvy";
  char out[9];
  int n = 0;
  for (int k = 0; k < 8; k++)
    if (tsn_to_boolean(tsn_get(this_value, ascii(names[k])))) out[n++] = letters[k];
  return tsn_str_from_latin1(out, (size_t)n);
}

/* ---- exec ---- */

static double get_last_index(tsn_value r) { return (double)tsn_to_length(tsn_get(r, key_last_index)); }
static void set_last_index(tsn_value r, double v) { tsn_set(r, key_last_index, tsn_from_double(v)); }

/* AdvanceStringIndex (22.2.7.3). */
static double advance_index(tsn_value s, double index, bool unicode) {
  if (!unicode || index + 1 >= tsn_str_length(s)) return index + 1;
  uint16_t a = tsn_str_char_at(s, (uint32_t)index), b = tsn_str_char_at(s, (uint32_t)index + 1);
  return (a >= 0xD800 && a <= 0xDBFF && b >= 0xDC00 && b <= 0xDFFF) ? index + 2 : index + 1;
}

/* Searches from `from` (sticky: only there); returns the match start or -1, filling caps. */
static int64_t search_program(const tsn_regexp_program *p, tsn_value s, uint32_t from, bool sticky, int32_t *caps) {
  const uint16_t *u = tsn_str_chars(s);
  uint32_t len = tsn_str_length(s);
  bool unicode = (p->flags & (TSN_RE_UNICODE | TSN_RE_UNICODE_SETS)) != 0;
  for (uint32_t i = from; i <= len;) {
    if (tsn_regexp_match_at(p, u, len, i, caps)) return i;
    if (sticky) return -1;
    i += (unicode && i + 1 < len && u[i] >= 0xD800 && u[i] <= 0xDBFF && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) ? 2 : 1;
  }
  return -1;
}

static tsn_value capture_value(tsn_value s, const int32_t *caps, uint32_t k) {
  if (caps[2 * k] < 0 || caps[2 * k + 1] < 0) return TSN_UNDEFINED;
  return tsn_str_substring(s, (uint32_t)caps[2 * k], (uint32_t)caps[2 * k + 1]);
}

static tsn_value pair_array(const int32_t *caps, uint32_t k) {
  if (caps[2 * k] < 0 || caps[2 * k + 1] < 0) return TSN_UNDEFINED;
  tsn_value items[2] = {tsn_from_double(caps[2 * k]), tsn_from_double(caps[2 * k + 1])};
  return tsn_array_from(items, 2);
}

/* The groups object of a match: for each name, the participating group with that name. */
static tsn_value groups_object(const tsn_regexp_program *p, tsn_value s, const int32_t *caps, bool indices) {
  tsn_object *g = tsn_object_new(NULL);
  for (uint32_t k = 1; k < p->capture_count; k++) {
    tsn_value name = p->names[k];
    if (tsn_is_undefined(name)) continue;
    tsn_value v = indices ? pair_array(caps, k) : capture_value(s, caps, k);
    int attrs;
    if (tsn_own_slot(g, name, &attrs) && tsn_is_undefined(v)) continue;
    tsn_define_own(g, name, v, TSN_ATTR_DEFAULT);
  }
  return tsn_from_cell(g);
}

/* RegExpBuiltinExec (22.2.7.2). */
static tsn_value builtin_exec_impl(tsn_value r, tsn_value s) {
  regexp_data *d = data_of(r);
  const tsn_regexp_program *p = d->program;
  uint32_t flags = p->flags;
  bool global = flags & TSN_RE_GLOBAL, sticky = flags & TSN_RE_STICKY;
  double last_index = get_last_index(r);
  if (!global && !sticky) last_index = 0;
  uint32_t len = tsn_str_length(s);
  int32_t stack_caps[32];
  int32_t *caps = 2 * p->capture_count <= 32 ? stack_caps : tsn_alloc_atomic(2 * p->capture_count * sizeof(int32_t));
  int64_t at = last_index > len ? -1 : search_program(p, s, (uint32_t)last_index, sticky, caps);
  if (at < 0) {
    if (global || sticky) set_last_index(r, 0);
    return TSN_NULL;
  }
  if (global || sticky) set_last_index(r, caps[1]);
  tsn_value a = tsn_new_array(0);
  tsn_object *ao = tsn_as_object(a);
  tsn_define_own(ao, key_index, tsn_from_double((double)at), TSN_ATTR_DEFAULT);
  tsn_define_own(ao, key_input, s, TSN_ATTR_DEFAULT);
  for (uint32_t k = 0; k < p->capture_count; k++) tsn_array_push(a, capture_value(s, caps, k));
  tsn_define_own(ao, key_groups, p->has_named_groups ? groups_object(p, s, caps, false) : TSN_UNDEFINED, TSN_ATTR_DEFAULT);
  if (flags & TSN_RE_HAS_INDICES) {
    tsn_value indices = tsn_new_array(0);
    for (uint32_t k = 0; k < p->capture_count; k++) tsn_array_push(indices, pair_array(caps, k));
    tsn_define_own(tsn_as_object(indices), key_groups, p->has_named_groups ? groups_object(p, s, caps, true) : TSN_UNDEFINED, TSN_ATTR_DEFAULT);
    tsn_define_own(ao, key_indices, indices, TSN_ATTR_DEFAULT);
  }
  return a;
}

/* RegExpExec (22.2.7.1): a user "exec" when there is one. */
static tsn_value regexp_exec(tsn_value r, tsn_value s, const char *method) {
  tsn_value exec = tsn_get(r, key_exec);
  if (tsn_is_callable(exec) && exec != builtin_exec) {
    tsn_value result = tsn_call(exec, r, 1, &s, NULL);
    if (!tsn_is_object(result) && !tsn_is_null(result)) tsn_throw_type_error("RegExp exec method returned something other than an Object or null");
    return result;
  }
  if (!is_regexp_object(r)) tsn_lib_throw_incompatible(method, r);
  return builtin_exec_impl(r, s);
}

BUILTIN(proto_exec) {
  if (!is_regexp_object(this_value)) tsn_lib_throw_incompatible("RegExp.prototype.exec", this_value);
  return builtin_exec_impl(this_value, tsn_to_string(ARG(0)));
}

static void require_object(tsn_value v, const char *method) {
  if (!tsn_is_object(v)) tsn_lib_throw_incompatible(method, v);
}

BUILTIN(proto_test) {
  require_object(this_value, "RegExp.prototype.test");
  return tsn_from_bool(!tsn_is_null(regexp_exec(this_value, tsn_to_string(ARG(0)), "RegExp.prototype.test")));
}

BUILTIN(proto_to_string) {
  require_object(this_value, "RegExp.prototype.toString");
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_unit(&b, '/');
  tsn_strbuf_push_string(&b, tsn_to_string(tsn_get(this_value, key_source)));
  tsn_strbuf_push_unit(&b, '/');
  tsn_strbuf_push_string(&b, tsn_to_string(tsn_get(this_value, key_flags)));
  return tsn_strbuf_finish(&b);
}

/* ---- Symbol methods ---- */

static bool flags_contain(tsn_value flags, uint16_t letter) {
  const uint16_t *u = tsn_str_chars(flags);
  for (uint32_t i = 0; i < tsn_str_length(flags); i++)
    if (u[i] == letter) return true;
  return false;
}

static tsn_value result_match(tsn_value result) { return tsn_to_string(tsn_get_index(result, tsn_from_double(0))); }

/* After an empty match of a global/sticky iteration: lastIndex = AdvanceStringIndex(lastIndex). */
static void advance_after_empty(tsn_value rx, tsn_value s, bool unicode) {
  set_last_index(rx, advance_index(s, get_last_index(rx), unicode));
}

/* RegExp.prototype[@@match] (22.2.6.8). */
BUILTIN(proto_match) {
  require_object(this_value, "RegExp.prototype.@@match");
  tsn_value s = tsn_to_string(ARG(0));
  tsn_value flags = tsn_to_string(tsn_get(this_value, key_flags));
  if (!flags_contain(flags, 'g')) return regexp_exec(this_value, s, "RegExp.prototype.exec");
  bool unicode = flags_contain(flags, 'u') || flags_contain(flags, 'v');
  set_last_index(this_value, 0);
  tsn_value a = tsn_new_array(0);
  for (;;) {
    tsn_value result = regexp_exec(this_value, s, "RegExp.prototype.exec");
    if (tsn_is_null(result)) return tsn_as_object(a)->length == 0 ? TSN_NULL : a;
    tsn_value m = result_match(result);
    tsn_array_push(a, m);
    if (tsn_str_length(m) == 0) advance_after_empty(this_value, s, unicode);
  }
}

/* The RegExp String Iterator (22.2.9). */
typedef struct match_iterator { tsn_value rx, s; bool global, unicode, done; } match_iterator;

BUILTIN(match_iterator_next) {
  if (!tsn_is_object(this_value) || tsn_get_prototype_of(this_value) != string_iterator_prototype || !tsn_as_object(this_value)->internal)
    tsn_lib_throw_incompatible("%RegExpStringIterator%.prototype.next", this_value);
  match_iterator *it = tsn_as_object(this_value)->internal;
  if (it->done) return tsn_iter_result(TSN_UNDEFINED, true);
  tsn_value result = regexp_exec(it->rx, it->s, "RegExp.prototype.exec");
  if (tsn_is_null(result)) {
    it->done = true;
    return tsn_iter_result(TSN_UNDEFINED, true);
  }
  if (!it->global) {
    it->done = true;
    return tsn_iter_result(result, false);
  }
  if (tsn_str_length(result_match(result)) == 0) advance_after_empty(it->rx, it->s, it->unicode);
  return tsn_iter_result(result, false);
}

/* RegExp.prototype[@@matchAll] (22.2.6.9). */
BUILTIN(proto_match_all) {
  require_object(this_value, "RegExp.prototype.@@matchAll");
  tsn_value s = tsn_to_string(ARG(0));
  tsn_value c = tsn_lib_species_constructor(this_value, regexp_constructor);
  tsn_value flags = tsn_to_string(tsn_get(this_value, key_flags));
  tsn_value args[2] = {this_value, flags};
  tsn_value matcher = tsn_construct(c, 2, args, c, NULL);
  set_last_index(matcher, get_last_index(this_value));
  match_iterator *it = tsn_alloc(sizeof *it);
  *it = (match_iterator){matcher, s, flags_contain(flags, 'g'), flags_contain(flags, 'u') || flags_contain(flags, 'v'), false};
  tsn_object *o = tsn_object_new(string_iterator_prototype);
  o->internal = it;
  return tsn_from_cell(o);
}

/* RegExp.prototype[@@replace] (22.2.6.11). */
BUILTIN(proto_replace) {
  require_object(this_value, "RegExp.prototype.@@replace");
  tsn_value rx = this_value, s = tsn_to_string(ARG(0)), replace_value = ARG(1);
  uint32_t len = tsn_str_length(s);
  bool functional = tsn_is_callable(replace_value);
  if (!functional) replace_value = tsn_to_string(replace_value);
  tsn_value flags = tsn_to_string(tsn_get(rx, key_flags));
  bool global = flags_contain(flags, 'g'), unicode = false;
  if (global) {
    unicode = flags_contain(flags, 'u') || flags_contain(flags, 'v');
    set_last_index(rx, 0);
  }
  tsn_value results = tsn_new_array(0);
  for (;;) {
    tsn_value result = regexp_exec(rx, s, "RegExp.prototype.exec");
    if (tsn_is_null(result)) break;
    tsn_array_push(results, result);
    if (!global) break;
    if (tsn_str_length(result_match(result)) == 0) advance_after_empty(rx, s, unicode);
  }
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t next_source_position = 0;
  tsn_object *ro = tsn_as_object(results);
  for (uint32_t r = 0; r < ro->length; r++) {
    tsn_value result = ro->elements[r];
    int64_t n_captures = tsn_to_length(tsn_get(result, tsn_atom.length)) - 1;
    if (n_captures < 0) n_captures = 0;
    tsn_value matched = result_match(result);
    double position = tsn_to_integer_or_infinity(tsn_get(result, key_index));
    position = position < 0 ? 0 : position > len ? len : position;
    tsn_value *captures = tsn_alloc((size_t)(n_captures + 3) * sizeof(tsn_value));
    for (int64_t k = 1; k <= n_captures; k++) {
      tsn_value c = tsn_get_index(result, tsn_from_double((double)k));
      captures[k - 1] = tsn_is_undefined(c) ? c : tsn_to_string(c);
    }
    tsn_value named = tsn_get(result, key_groups);
    tsn_value replacement;
    if (functional) {
      uint32_t n = 0;
      tsn_value *args = tsn_alloc((size_t)(n_captures + 4) * sizeof(tsn_value));
      args[n++] = matched;
      for (int64_t k = 0; k < n_captures; k++) args[n++] = captures[k];
      args[n++] = tsn_from_double(position);
      args[n++] = s;
      if (!tsn_is_undefined(named)) args[n++] = named;
      replacement = tsn_to_string(tsn_call(replace_value, TSN_UNDEFINED, (int)n, args, NULL));
    } else {
      if (!tsn_is_undefined(named)) named = tsn_from_cell(tsn_to_object(named));
      tsn_strbuf rb;
      tsn_strbuf_init(&rb);
      tsn_get_substitution(&rb, matched, s, (uint32_t)position, captures, (uint32_t)n_captures, named, replace_value);
      replacement = tsn_strbuf_finish(&rb);
    }
    if (position >= next_source_position) {
      tsn_strbuf_push_units(&b, tsn_str_chars(s) + next_source_position, (uint32_t)position - next_source_position);
      tsn_strbuf_push_string(&b, replacement);
      next_source_position = (uint32_t)position + tsn_str_length(matched);
    }
  }
  if (next_source_position >= len) return tsn_strbuf_finish(&b);
  tsn_strbuf_push_units(&b, tsn_str_chars(s) + next_source_position, len - next_source_position);
  return tsn_strbuf_finish(&b);
}

/* RegExp.prototype[@@search] (22.2.6.12). */
BUILTIN(proto_search) {
  require_object(this_value, "RegExp.prototype.@@search");
  tsn_value s = tsn_to_string(ARG(0));
  tsn_value previous = tsn_get(this_value, key_last_index);
  if (!tsn_same_value(previous, tsn_from_double(0))) tsn_set(this_value, key_last_index, tsn_from_double(0));
  tsn_value result = regexp_exec(this_value, s, "RegExp.prototype.exec");
  tsn_value current = tsn_get(this_value, key_last_index);
  if (!tsn_same_value(current, previous)) tsn_set(this_value, key_last_index, previous);
  return tsn_is_null(result) ? tsn_from_double(-1) : tsn_get(result, key_index);
}

/* RegExp.prototype[@@split] (22.2.6.14). */
BUILTIN(proto_split) {
  require_object(this_value, "RegExp.prototype.@@split");
  tsn_value s = tsn_to_string(ARG(0));
  tsn_value c = tsn_lib_species_constructor(this_value, regexp_constructor);
  tsn_value flags = tsn_to_string(tsn_get(this_value, key_flags));
  bool unicode = flags_contain(flags, 'u') || flags_contain(flags, 'v');
  tsn_value new_flags = flags_contain(flags, 'y') ? flags : tsn_str_concat(flags, ascii("y"));
  tsn_value args[2] = {this_value, new_flags};
  tsn_value splitter = tsn_construct(c, 2, args, c, NULL);
  tsn_value a = tsn_new_array(0);
  uint32_t lim = tsn_is_undefined(ARG(1)) ? 0xFFFFFFFFu : tsn_to_uint32(ARG(1));
  if (lim == 0) return a;
  uint32_t size = tsn_str_length(s);
  if (size == 0) {
    if (tsn_is_null(regexp_exec(splitter, s, "RegExp.prototype.exec"))) tsn_array_push(a, s);
    return a;
  }
  uint32_t p = 0;
  double q = p;
  while (q < size) {
    set_last_index(splitter, q);
    tsn_value z = regexp_exec(splitter, s, "RegExp.prototype.exec");
    if (tsn_is_null(z)) {
      q = advance_index(s, q, unicode);
      continue;
    }
    double e = get_last_index(splitter);
    if (e > size) e = size;
    if (e == p) {
      q = advance_index(s, q, unicode);
      continue;
    }
    tsn_array_push(a, tsn_str_substring(s, p, (uint32_t)q));
    if (tsn_as_object(a)->length == lim) return a;
    p = (uint32_t)e;
    int64_t n = tsn_to_length(tsn_get(z, tsn_atom.length)) - 1;
    for (int64_t i = 1; i <= n; i++) {
      tsn_array_push(a, tsn_get_index(z, tsn_from_double((double)i)));
      if (tsn_as_object(a)->length == lim) return a;
    }
    q = p;
  }
  tsn_array_push(a, tsn_str_substring(s, p, size));
  return a;
}

/* RegExp.escape (22.2.5.1). */
BUILTIN(regexp_escape) {
  tsn_value v = ARG(0);
  if (!tsn_is_string(v)) tsn_throw_type_error("input argument must be a string");
  const uint16_t *u = tsn_str_chars(v);
  uint32_t len = tsn_str_length(v);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  char hex[8];
  for (uint32_t i = 0; i < len; i++) {
    uint16_t c = u[i];
    if (i == 0 && ((c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'z'))) {
      snprintf(hex, sizeof hex, "\\x%02x", c);
      tsn_strbuf_push_ascii(&b, hex);
    } else if (c < 128 && c && strchr("^$\\.*+?()[]{}|/", c)) {
      tsn_strbuf_push_unit(&b, '\\');
      tsn_strbuf_push_unit(&b, c);
    } else if (c == '\t') tsn_strbuf_push_ascii(&b, "\\t");
    else if (c == '\n') tsn_strbuf_push_ascii(&b, "\\n");
    else if (c == '\v') tsn_strbuf_push_ascii(&b, "\\v");
    else if (c == '\f') tsn_strbuf_push_ascii(&b, "\\f");
    else if (c == '\r') tsn_strbuf_push_ascii(&b, "\\r");
    else if ((c < 128 && c && strchr(",-=<>#&!%:;@~'`\"", c)) || c == ' ') {
      snprintf(hex, sizeof hex, "\\x%02x", c);
      tsn_strbuf_push_ascii(&b, hex);
    } else if (c == 0xA0 || c == 0x1680 || (c >= 0x2000 && c <= 0x200A) || c == 0x2028 || c == 0x2029 || c == 0x202F ||
               c == 0x205F || c == 0x3000 || c == 0xFEFF ||
               (c >= 0xD800 && c <= 0xDFFF && !((c <= 0xDBFF && i + 1 < len && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) ||
                                                 (c >= 0xDC00 && i > 0 && u[i - 1] >= 0xD800 && u[i - 1] <= 0xDBFF)))) {
      snprintf(hex, sizeof hex, "\\u%04x", c);
      tsn_strbuf_push_ascii(&b, hex);
    } else {
      tsn_strbuf_push_unit(&b, c);
    }
  }
  return tsn_strbuf_finish(&b);
}

void tsn_lib_regexp_init(void) {
  key_last_index = ascii("lastIndex");
  key_index = ascii("index");
  key_input = ascii("input");
  key_groups = ascii("groups");
  key_indices = ascii("indices");
  key_exec = ascii("exec");
  key_flags = ascii("flags");
  key_source = ascii("source");
  tsn_value symbol_ctor = tsn_get(tsn_from_cell(tsn_intrinsics.global), ascii("Symbol"));
  tsn_regexp_symbols.match = tsn_get(symbol_ctor, ascii("match"));
  tsn_regexp_symbols.match_all = tsn_get(symbol_ctor, ascii("matchAll"));
  tsn_regexp_symbols.replace = tsn_get(symbol_ctor, ascii("replace"));
  tsn_regexp_symbols.search = tsn_get(symbol_ctor, ascii("search"));
  tsn_regexp_symbols.split = tsn_get(symbol_ctor, ascii("split"));

  regexp_prototype = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_intrinsics.regexp_prototype = regexp_prototype;
  regexp_constructor = tsn_lib_define_constructor("RegExp", regexp_ctor, 2, regexp_prototype);
  tsn_object *ctor = tsn_as_object(regexp_constructor);
  tsn_define_builtin(ctor, "escape", regexp_escape, 1);
  tsn_lib_define_species(ctor);

  tsn_define_builtin(regexp_prototype, "exec", proto_exec, 1);
  builtin_exec = tsn_get(tsn_from_cell(regexp_prototype), key_exec);
  tsn_lib_define_getter(regexp_prototype, "dotAll", get_dot_all);
  tsn_lib_define_getter(regexp_prototype, "flags", get_flags);
  tsn_lib_define_getter(regexp_prototype, "global", get_global);
  tsn_lib_define_getter(regexp_prototype, "hasIndices", get_has_indices);
  tsn_lib_define_getter(regexp_prototype, "ignoreCase", get_ignore_case);
  tsn_lib_define_getter(regexp_prototype, "multiline", get_multiline);
  tsn_lib_define_getter(regexp_prototype, "source", get_source);
  tsn_lib_define_getter(regexp_prototype, "sticky", get_sticky);
  tsn_lib_define_getter(regexp_prototype, "unicode", get_unicode);
  tsn_lib_define_getter(regexp_prototype, "unicodeSets", get_unicode_sets);
  tsn_define_builtin(regexp_prototype, "toString", proto_to_string, 0);
  tsn_define_builtin(regexp_prototype, "test", proto_test, 1);
  tsn_lib_define_symbol_method(regexp_prototype, tsn_regexp_symbols.match, "[Symbol.match]", proto_match, 1);
  tsn_lib_define_symbol_method(regexp_prototype, tsn_regexp_symbols.match_all, "[Symbol.matchAll]", proto_match_all, 1);
  tsn_lib_define_symbol_method(regexp_prototype, tsn_regexp_symbols.replace, "[Symbol.replace]", proto_replace, 2);
  tsn_lib_define_symbol_method(regexp_prototype, tsn_regexp_symbols.search, "[Symbol.search]", proto_search, 1);
  tsn_lib_define_symbol_method(regexp_prototype, tsn_regexp_symbols.split, "[Symbol.split]", proto_split, 2);

  string_iterator_prototype = tsn_object_new(tsn_intrinsics.iterator_prototype);
  tsn_define_builtin(string_iterator_prototype, "next", match_iterator_next, 0);
  tsn_lib_define_to_string_tag(string_iterator_prototype, "RegExp String Iterator");
}
