/*
 * lib_string.c — the String constructor and String.prototype (ECMA-262 22.1), over UTF-16 code units.
 * Methods that the spec dispatches through Symbol.split / replace / search / match / matchAll hand
 * an argument that has such a method (a RegExp) to it (lib_regexp.c). Case mapping is full Unicode (unicode_case.h) with
 * the Final_Sigma rule, matching V8 + ICU. localeCompare reproduces ICU's root collation for ASCII
 * only. Not provided: normalize and the HTML methods.
 */
#include <math.h>
#include <string.h>

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "lib_iterator.h"
#include "lib_regexp.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "str.h"
#include "substitution.h"
#include "symbol.h"
#include "unicode_case.h"

#define MAX_STRING_LENGTH 0x1FFFFFE8u /* V8's String::kMaxLength */

static bool is_high_surrogate(uint16_t u) { return u >= 0xD800 && u <= 0xDBFF; }
static bool is_low_surrogate(uint16_t u) { return u >= 0xDC00 && u <= 0xDFFF; }

/* CodePointAt (11.1.4): the code point at `i` and its length in code units (1 or 2). */
static uint32_t code_point_at(const uint16_t *u, uint32_t len, uint32_t i, uint32_t *units) {
  if (is_high_surrogate(u[i]) && i + 1 < len && is_low_surrogate(u[i + 1])) {
    *units = 2;
    return 0x10000u + (((uint32_t)u[i] - 0xD800u) << 10) + ((uint32_t)u[i + 1] - 0xDC00u);
  }
  *units = 1;
  return u[i];
}

/* The code point ending just before `i` (i > 0), and its length in code units. */
static uint32_t code_point_before(const uint16_t *u, uint32_t i, uint32_t *units) {
  if (is_low_surrogate(u[i - 1]) && i >= 2 && is_high_surrogate(u[i - 2])) {
    *units = 2;
    return 0x10000u + (((uint32_t)u[i - 2] - 0xD800u) << 10) + ((uint32_t)u[i - 1] - 0xDC00u);
  }
  *units = 1;
  return u[i - 1];
}

static void push_code_point(tsn_strbuf *b, uint32_t cp) {
  if (cp < 0x10000) {
    tsn_strbuf_push_unit(b, (uint16_t)cp);
  } else {
    cp -= 0x10000;
    tsn_strbuf_push_unit(b, (uint16_t)(0xD800 + (cp >> 10)));
    tsn_strbuf_push_unit(b, (uint16_t)(0xDC00 + (cp & 0x3FF)));
  }
}

/* WhiteSpace or LineTerminator (12.2, 12.3), the set String.prototype.trim removes. */
static bool is_trim_space(uint16_t c) {
  switch (c) {
    case 0x09: case 0x0A: case 0x0B: case 0x0C: case 0x0D: case 0x20: case 0xA0: case 0x1680:
    case 0x2028: case 0x2029: case 0x202F: case 0x205F: case 0x3000: case 0xFEFF:
      return true;
    default:
      return c >= 0x2000 && c <= 0x200A;
  }
}

#define THIS_STRING(method) tsn_value s = tsn_lib_this_string(this_value, method)
#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* ToIntegerOrInfinity(v) clamped to [0, len]. */
static uint32_t clamp_position(tsn_value v, uint32_t len) {
  double d = tsn_to_integer_or_infinity(v);
  if (d <= 0) return 0;
  return d >= len ? len : (uint32_t)d;
}

/* ---- constructor and statics ---- */

/* thisStringValue (22.1.3.35.1) for toString/valueOf. */
static tsn_value this_string_value(tsn_value v, const char *method) {
  if (tsn_is_string(v)) return v;
  if (tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_STRING) return (tsn_value)(uintptr_t)tsn_as_object(v)->internal;
  tsn_throw_type_error("String.prototype.%s requires that 'this' be a String", method);
}

/* String(value) / new String(value) (22.1.1.1). */
BUILTIN(string_ctor) {
  tsn_value s;
  if (argc == 0) {
    s = tsn_atom.empty;
  } else {
    if (tsn_is_undefined(new_target) && tsn_is_symbol(argv[0])) return tsn_symbol_descriptive_string(argv[0]);
    s = tsn_to_string(argv[0]);
  }
  if (tsn_is_undefined(new_target)) return s;
  tsn_object *o = tsn_create_from_constructor(new_target, tsn_intrinsics.string_prototype, TSN_CLASS_STRING);
  o->internal = (void *)(uintptr_t)s;
  return tsn_from_cell(o);
}

/* String.fromCharCode(...codeUnits) (22.1.2.1). */
BUILTIN(string_from_char_code) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (int i = 0; i < argc; i++) tsn_strbuf_push_unit(&b, (uint16_t)tsn_to_uint32(argv[i]));
  return tsn_strbuf_finish(&b);
}

/* String.fromCodePoint(...codePoints) (22.1.2.2): RangeError "Invalid code point X". */
BUILTIN(string_from_code_point) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (int i = 0; i < argc; i++) {
    double d = tsn_to_number(argv[i]);
    if (!(d >= 0 && d <= 0x10FFFF && d == floor(d))) {
      size_t n;
      tsn_throw_range_error("Invalid code point %s", tsn_str_to_utf8(tsn_number_to_string_value(d), &n));
    }
    push_code_point(&b, (uint32_t)d);
  }
  return tsn_strbuf_finish(&b);
}

/* String.raw(template, ...substitutions) (22.1.2.4). */
BUILTIN(string_raw) {
  tsn_object *cooked = tsn_to_object(ARG(0));
  tsn_object *raw = tsn_to_object(tsn_get(tsn_from_cell(cooked), tsn_str_intern_ascii("raw")));
  int64_t count = tsn_to_length(tsn_get(tsn_from_cell(raw), tsn_atom.length));
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (int64_t i = 0; i < count; i++) {
    tsn_strbuf_push_string(&b, tsn_to_string(tsn_get_index(tsn_from_cell(raw), tsn_from_double((double)i))));
    if (i + 1 < count && i + 1 < argc) tsn_strbuf_push_string(&b, tsn_to_string(argv[i + 1]));
  }
  return tsn_strbuf_finish(&b);
}

/* ---- character access ---- */

BUILTIN(string_char_at) {
  THIS_STRING("charAt");
  double pos = tsn_to_integer_or_infinity(ARG(0));
  if (pos < 0 || pos >= tsn_str_length(s)) return tsn_atom.empty;
  return tsn_str_from_code_unit(tsn_str_char_at(s, (uint32_t)pos));
}

BUILTIN(string_char_code_at) {
  THIS_STRING("charCodeAt");
  double pos = tsn_to_integer_or_infinity(ARG(0));
  if (pos < 0 || pos >= tsn_str_length(s)) return tsn_from_double(NAN);
  return tsn_from_double(tsn_str_char_at(s, (uint32_t)pos));
}

BUILTIN(string_code_point_at) {
  THIS_STRING("codePointAt");
  double pos = tsn_to_integer_or_infinity(ARG(0));
  uint32_t len = tsn_str_length(s), units;
  if (pos < 0 || pos >= len) return TSN_UNDEFINED;
  return tsn_from_double(code_point_at(tsn_str_chars(s), len, (uint32_t)pos, &units));
}

BUILTIN(string_at) {
  THIS_STRING("at");
  double len = tsn_str_length(s), k = tsn_to_integer_or_infinity(ARG(0));
  if (k < 0) k += len;
  if (k < 0 || k >= len) return TSN_UNDEFINED;
  return tsn_str_from_code_unit(tsn_str_char_at(s, (uint32_t)k));
}

/* ---- substrings ---- */

BUILTIN(string_slice) {
  THIS_STRING("slice");
  int64_t len = tsn_str_length(s);
  int64_t from = tsn_relative_index(ARG(0), len, 0);
  int64_t to = tsn_relative_index(ARG(1), len, len);
  return from >= to ? tsn_atom.empty : tsn_str_substring(s, (uint32_t)from, (uint32_t)to);
}

BUILTIN(string_substring) {
  THIS_STRING("substring");
  uint32_t len = tsn_str_length(s);
  uint32_t a = clamp_position(ARG(0), len);
  uint32_t b = tsn_is_undefined(ARG(1)) ? len : clamp_position(ARG(1), len);
  return a < b ? tsn_str_substring(s, a, b) : tsn_str_substring(s, b, a);
}

/* String.prototype.substr (B.2.2.1). */
BUILTIN(string_substr) {
  THIS_STRING("substr");
  int64_t len = tsn_str_length(s);
  int64_t start = tsn_relative_index(ARG(0), len, 0);
  double n = tsn_is_undefined(ARG(1)) ? INFINITY : tsn_to_integer_or_infinity(ARG(1));
  double end = fmin((double)start + n, (double)len);
  if (end <= (double)start) return tsn_atom.empty;
  return tsn_str_substring(s, (uint32_t)start, (uint32_t)end);
}

/* ---- searching ---- */

BUILTIN(string_index_of) {
  THIS_STRING("indexOf");
  tsn_value search = tsn_to_string(ARG(0));
  uint32_t pos = clamp_position(ARG(1), tsn_str_length(s));
  return tsn_from_double((double)tsn_str_index_of(s, search, pos));
}

BUILTIN(string_last_index_of) {
  THIS_STRING("lastIndexOf");
  tsn_value search = tsn_to_string(ARG(0));
  double num = tsn_to_number(ARG(1));
  uint32_t len = tsn_str_length(s), m = tsn_str_length(search);
  double pos = isnan(num) ? INFINITY : tsn_to_integer_or_infinity(tsn_from_double(num));
  if (m > len) return tsn_from_double(-1);
  double start = fmin(fmax(pos, 0), (double)(len - m));
  const uint16_t *h = tsn_str_chars(s), *nd = tsn_str_chars(search);
  for (int64_t i = (int64_t)start; i >= 0; i--)
    if (memcmp(h + i, nd, (size_t)m * 2) == 0) return tsn_from_double((double)i);
  return tsn_from_double(-1);
}

BUILTIN(string_includes) {
  THIS_STRING("includes");
  tsn_value search = tsn_to_string(ARG(0));
  uint32_t pos = clamp_position(ARG(1), tsn_str_length(s));
  return tsn_from_bool(tsn_str_index_of(s, search, pos) >= 0);
}

BUILTIN(string_starts_with) {
  THIS_STRING("startsWith");
  tsn_value search = tsn_to_string(ARG(0));
  uint32_t len = tsn_str_length(s), m = tsn_str_length(search);
  uint32_t start = clamp_position(ARG(1), len);
  if ((uint64_t)start + m > len) return TSN_FALSE;
  return tsn_from_bool(memcmp(tsn_str_chars(s) + start, tsn_str_chars(search), (size_t)m * 2) == 0);
}

BUILTIN(string_ends_with) {
  THIS_STRING("endsWith");
  tsn_value search = tsn_to_string(ARG(0));
  uint32_t len = tsn_str_length(s), m = tsn_str_length(search);
  uint32_t end = tsn_is_undefined(ARG(1)) ? len : clamp_position(ARG(1), len);
  if (m > end) return TSN_FALSE;
  return tsn_from_bool(memcmp(tsn_str_chars(s) + end - m, tsn_str_chars(search), (size_t)m * 2) == 0);
}

/* The first steps of split/replace/replaceAll/search/match/matchAll: RequireObjectCoercible(this),
 * then a non-nullish argument with a method under `symbol` (GetMethod) handles the call itself,
 * receiving this and the remaining arguments. */
static bool dispatch_to_symbol(tsn_value this_value, tsn_value arg, tsn_value symbol, int argc, const tsn_value *argv, int n, tsn_value *out,
                               const char *method) {
  if (tsn_is_nullish(this_value)) tsn_lib_this_string(this_value, method);
  if (tsn_is_nullish(arg)) return false;
  tsn_value handler = tsn_get(arg, symbol);
  if (tsn_is_nullish(handler)) return false;
  tsn_lib_require_callable(handler);
  tsn_value args[2] = {this_value, n > 1 ? tsn_arg(argc, argv, 1) : TSN_UNDEFINED};
  *out = tsn_call(handler, arg, n, args, NULL);
  return true;
}
#define DISPATCH_TO_SYMBOL(symbol, n, method) \
  do { \
    tsn_value dispatched_; \
    if (dispatch_to_symbol(this_value, ARG(0), symbol, argc, argv, n, &dispatched_, method)) return dispatched_; \
  } while (0)

/* replaceAll / matchAll with a RegExp argument require its flags to contain "g". */
static void require_global_regexp(tsn_value this_value, tsn_value arg, const char *method) {
  if (tsn_is_nullish(this_value)) tsn_lib_this_string(this_value, method);
  if (tsn_is_nullish(arg) || !tsn_is_regexp(arg)) return;
  tsn_value flags = tsn_get(arg, tsn_str_intern_ascii("flags"));
  if (tsn_is_nullish(flags)) tsn_throw_type_error("String.prototype.%s called on null or undefined", method);
  tsn_value f = tsn_to_string(flags);
  const uint16_t *u = tsn_str_chars(f);
  for (uint32_t i = 0; i < tsn_str_length(f); i++)
    if (u[i] == 'g') return;
  tsn_throw_type_error("String.prototype.%s called with a non-global RegExp argument", method);
}

/* String.prototype.split (22.1.3.23): a separator with Symbol.split (a RegExp) splits itself. */
BUILTIN(string_split) {
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.split, 2, "split");
  THIS_STRING("split");
  uint32_t lim = tsn_is_undefined(ARG(1)) ? 0xFFFFFFFFu : tsn_to_uint32(ARG(1));
  tsn_value sep = tsn_to_string(ARG(0));
  tsn_value result = tsn_new_array(0);
  if (lim == 0) return result;
  if (tsn_is_undefined(ARG(0))) {
    tsn_array_push(result, s);
    return result;
  }
  uint32_t len = tsn_str_length(s), m = tsn_str_length(sep);
  if (m == 0) {
    uint32_t n = len < lim ? len : lim;
    for (uint32_t i = 0; i < n; i++) tsn_array_push(result, tsn_str_substring(s, i, i + 1));
    return result;
  }
  if (len == 0) {
    tsn_array_push(result, s);
    return result;
  }
  uint32_t p = 0, count = 0;
  int64_t q;
  while ((q = tsn_str_index_of(s, sep, p)) >= 0) {
    tsn_array_push(result, tsn_str_substring(s, p, (uint32_t)q));
    if (++count == lim) return result;
    p = (uint32_t)q + m;
  }
  tsn_array_push(result, tsn_str_substring(s, p, len));
  return result;
}

/* ---- building ---- */

static tsn_value trim(tsn_value s, bool start, bool end) {
  uint32_t a = 0, b = tsn_str_length(s);
  const uint16_t *u = tsn_str_chars(s);
  if (start)
    while (a < b && is_trim_space(u[a])) a++;
  if (end)
    while (b > a && is_trim_space(u[b - 1])) b--;
  return tsn_str_substring(s, a, b);
}

BUILTIN(string_trim) {
  THIS_STRING("trim");
  return trim(s, true, true);
}

BUILTIN(string_trim_start) {
  THIS_STRING("trimStart");
  return trim(s, true, false);
}

BUILTIN(string_trim_end) {
  THIS_STRING("trimEnd");
  return trim(s, false, true);
}

/* StringPad (22.1.3.17.2): RangeError "Invalid string length" past V8's maximum. */
static tsn_value pad(tsn_value s, int argc, const tsn_value *argv, bool at_start) {
  int64_t target = tsn_to_length(ARG(0));
  uint32_t len = tsn_str_length(s);
  if (target <= len) return s;
  tsn_value fill = tsn_is_undefined(ARG(1)) ? tsn_str_from_code_unit(' ') : tsn_to_string(ARG(1));
  uint32_t flen = tsn_str_length(fill);
  if (flen == 0) return s;
  if (target > MAX_STRING_LENGTH) tsn_throw_range_error("Invalid string length");
  uint32_t need = (uint32_t)target - len;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  if (!at_start) tsn_strbuf_push_string(&b, s);
  const uint16_t *f = tsn_str_chars(fill);
  for (uint32_t i = 0; i < need; i += flen) tsn_strbuf_push_units(&b, f, need - i < flen ? need - i : flen);
  if (at_start) tsn_strbuf_push_string(&b, s);
  return tsn_strbuf_finish(&b);
}

BUILTIN(string_pad_start) {
  THIS_STRING("padStart");
  return pad(s, argc, argv, true);
}

BUILTIN(string_pad_end) {
  THIS_STRING("padEnd");
  return pad(s, argc, argv, false);
}

/* String.prototype.repeat (22.1.3.19): RangeError "Invalid count value: <count>". */
BUILTIN(string_repeat) {
  THIS_STRING("repeat");
  double count = tsn_to_number(ARG(0));
  double n = tsn_to_integer_or_infinity(tsn_from_double(count));
  if (n < 0 || n == INFINITY) {
    size_t len;
    tsn_throw_range_error("Invalid count value: %s", tsn_str_to_utf8(tsn_number_to_string_value(count), &len));
  }
  uint32_t len = tsn_str_length(s);
  if (len == 0 || n == 0) return tsn_atom.empty;
  if (n * len > MAX_STRING_LENGTH) tsn_throw_range_error("Invalid string length");
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  const uint16_t *u = tsn_str_chars(s);
  for (uint32_t i = 0; i < (uint32_t)n; i++) tsn_strbuf_push_units(&b, u, len);
  return tsn_strbuf_finish(&b);
}

BUILTIN(string_concat) {
  THIS_STRING("concat");
  for (int i = 0; i < argc; i++) s = tsn_str_concat(s, tsn_to_string(argv[i]));
  return s;
}

/* The replacement for a match of `search` at `position`: a call of the replacer function with
 * (matched, position, string), or the template expanded. */
static void push_replacement(tsn_strbuf *b, tsn_value replacer, bool functional, tsn_value str, tsn_value search, uint32_t position) {
  if (functional) {
    tsn_value args[3] = {search, tsn_from_double(position), str};
    tsn_strbuf_push_string(b, tsn_to_string(tsn_call(replacer, TSN_UNDEFINED, 3, args, NULL)));
  } else {
    tsn_get_substitution(b, search, str, position, NULL, 0, TSN_UNDEFINED, replacer);
  }
}

/* String.prototype.replace / replaceAll with a string pattern (22.1.3.19, 22.1.3.20). */
static tsn_value replace(tsn_value s, int argc, const tsn_value *argv, bool all) {
  tsn_value search = tsn_to_string(ARG(0));
  tsn_value replacer = ARG(1);
  bool functional = tsn_is_callable(replacer);
  if (!functional) replacer = tsn_to_string(replacer);
  uint32_t len = tsn_str_length(s), m = tsn_str_length(search);
  uint32_t end_of_last = 0;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  int64_t p = tsn_str_index_of(s, search, 0);
  if (p < 0) return s;
  const uint16_t *u = tsn_str_chars(s);
  while (p >= 0) {
    tsn_strbuf_push_units(&b, u + end_of_last, (uint32_t)p - end_of_last);
    push_replacement(&b, replacer, functional, s, search, (uint32_t)p);
    end_of_last = (uint32_t)p + m;
    if (!all) break;
    uint32_t next = (uint32_t)p + (m ? m : 1);
    p = next > len ? -1 : tsn_str_index_of(s, search, next);
  }
  if (end_of_last < len) tsn_strbuf_push_units(&b, u + end_of_last, len - end_of_last);
  return tsn_strbuf_finish(&b);
}

BUILTIN(string_replace) {
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.replace, 2, "replace");
  THIS_STRING("replace");
  return replace(s, argc, argv, false);
}

BUILTIN(string_replace_all) {
  require_global_regexp(this_value, ARG(0), "replaceAll");
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.replace, 2, "replaceAll");
  THIS_STRING("replaceAll");
  return replace(s, argc, argv, true);
}

/* ---- search and match: through RegExp ---- */

/* String.prototype.search / match / matchAll (22.1.3.22, 22.1.3.13, 22.1.3.14) after the argument
 * declined to handle itself: Invoke(RegExpCreate(regexp, flags), symbol, S). */
static tsn_value invoke_created_regexp(tsn_value this_value, tsn_value regexp, const char *flags, tsn_value symbol, const char *method) {
  tsn_value s = tsn_lib_this_string(this_value, method);
  tsn_value rx = tsn_regexp_create(regexp, flags ? tsn_str_intern_ascii(flags) : TSN_UNDEFINED);
  return tsn_call(tsn_get(rx, symbol), rx, 1, &s, NULL);
}

BUILTIN(string_search) {
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.search, 1, "search");
  return invoke_created_regexp(this_value, ARG(0), NULL, tsn_regexp_symbols.search, "search");
}

BUILTIN(string_match) {
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.match, 1, "match");
  return invoke_created_regexp(this_value, ARG(0), NULL, tsn_regexp_symbols.match, "match");
}

BUILTIN(string_match_all) {
  require_global_regexp(this_value, ARG(0), "matchAll");
  DISPATCH_TO_SYMBOL(tsn_regexp_symbols.match_all, 1, "matchAll");
  return invoke_created_regexp(this_value, ARG(0), "g", tsn_regexp_symbols.match_all, "matchAll");
}

/* ---- case mapping ---- */

/* Final_Sigma (Unicode SpecialCasing, as ICU applies it): the sigma at `i` follows a cased code
 * point (skipping case-ignorable ones) and is not followed by one. */
static bool is_final_sigma(const uint16_t *u, uint32_t len, uint32_t i) {
  uint32_t j = i, units;
  bool before = false;
  while (j > 0) {
    tsn_case_class c = tsn_case_classify(code_point_before(u, j, &units));
    j -= units;
    if (c == TSN_CASE_IGNORABLE) continue;
    before = c == TSN_CASE_CASED;
    break;
  }
  if (!before) return false;
  for (j = i + 1; j < len; j += units) {
    tsn_case_class c = tsn_case_classify(code_point_at(u, len, j, &units));
    if (c == TSN_CASE_IGNORABLE) continue;
    return c != TSN_CASE_CASED;
  }
  return true;
}

/* String.prototype.toUpperCase / toLowerCase (22.1.3.30, 22.1.3.28) with full mappings. */
static tsn_value convert_case(tsn_value s, bool upper) {
  uint32_t len = tsn_str_length(s);
  const uint16_t *u = tsn_str_chars(s);
  uint32_t i = 0;
  for (; i < len; i++) {
    uint16_t c = u[i];
    if (c >= 0x80 || (upper ? (c >= 'a' && c <= 'z') : (c >= 'A' && c <= 'Z'))) break;
  }
  if (i == len) return s;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_units(&b, u, i);
  uint16_t out[TSN_CASE_MAX_UNITS];
  while (i < len) {
    uint32_t units, cp = code_point_at(u, len, i, &units);
    int n;
    if (!upper && cp == 0x3A3) {
      out[0] = is_final_sigma(u, len, i) ? 0x3C2 : 0x3C3;
      n = 1;
    } else {
      n = upper ? tsn_case_to_upper(cp, out) : tsn_case_to_lower(cp, out);
    }
    tsn_strbuf_push_units(&b, out, (uint32_t)n);
    i += units;
  }
  return tsn_strbuf_finish(&b);
}

BUILTIN(string_to_upper_case) {
  THIS_STRING("toUpperCase");
  return convert_case(s, true);
}

BUILTIN(string_to_lower_case) {
  THIS_STRING("toLowerCase");
  return convert_case(s, false);
}

BUILTIN(string_to_locale_upper_case) {
  THIS_STRING("toLocaleUpperCase");
  return convert_case(s, true);
}

BUILTIN(string_to_locale_lower_case) {
  THIS_STRING("toLocaleLowerCase");
  return convert_case(s, false);
}

/* ---- collation (localeCompare) ---- */

/* The ICU root collation order of ASCII as V8 applies it (measured with the pinned Node): control
 * characters other than \t..\r are ignorable; whitespace and punctuation come first, then digits,
 * then letters with a lower-case letter before its upper-case one at the tertiary level only. */
static const char collation_order[] = "\t\n\v\f\r _-,;:!?.'\"()[]{}@*/\\&#%`^+<=>|~$0123456789abcdefghijklmnopqrstuvwxyz";
static uint8_t collation_primary[128];

typedef struct collation_options {
  bool numeric;     /* digit runs compare by numeric value, leading zeros ignored */
  bool primary_only; /* sensitivity "base" or "accent" */
  bool upper_first; /* caseFirst "upper" */
} collation_options;

/* One collation element: a primary weight (numbers: the weight of '0' plus their digits) and a
 * tertiary weight (1 for an upper-case letter). */
typedef struct collation_element {
  uint32_t primary;
  uint8_t tertiary;
  const uint16_t *digits; /* numeric mode: significant digits of a number, else NULL */
  uint32_t ndigits;
} collation_element;

/* The next collation element of u[*i..len), skipping ignorables; false at the end. Code units
 * beyond ASCII get primaries after every ASCII character in code unit order (an approximation of
 * ICU's root collation, which they do not follow). */
static bool next_element(const uint16_t *u, uint32_t len, uint32_t *i, const collation_options *o, collation_element *e) {
  while (*i < len) {
    uint16_t c = u[(*i)++];
    e->digits = NULL;
    e->tertiary = 0;
    if (c >= 128) {
      e->primary = 1000u + c;
      return true;
    }
    if (!collation_primary[c]) continue;
    e->primary = collation_primary[c];
    if (c >= 'A' && c <= 'Z') e->tertiary = 1;
    if (o->numeric && c >= '0' && c <= '9') {
      uint32_t start = *i - 1;
      while (*i < len && u[*i] >= '0' && u[*i] <= '9') (*i)++;
      while (start + 1 < *i && u[start] == '0') start++;
      e->primary = collation_primary['0'];
      e->digits = u + start;
      e->ndigits = *i - start;
    }
    return true;
  }
  return false;
}

static int compare_primary(const collation_element *a, const collation_element *b) {
  if (a->primary != b->primary) return a->primary < b->primary ? -1 : 1;
  if (!a->digits || !b->digits) return 0;
  if (a->ndigits != b->ndigits) return a->ndigits < b->ndigits ? -1 : 1;
  for (uint32_t k = 0; k < a->ndigits; k++)
    if (a->digits[k] != b->digits[k]) return a->digits[k] < b->digits[k] ? -1 : 1;
  return 0;
}

/* Compares two strings level by level: all primary weights first, then the tertiary ones. */
static int collate(tsn_value a, tsn_value b, const collation_options *o) {
  const uint16_t *ua = tsn_str_chars(a), *ub = tsn_str_chars(b);
  uint32_t la = tsn_str_length(a), lb = tsn_str_length(b);
  for (int level = 0; level < (o->primary_only ? 1 : 2); level++) {
    uint32_t i = 0, j = 0;
    for (;;) {
      collation_element ea, eb;
      bool ha = next_element(ua, la, &i, o, &ea), hb = next_element(ub, lb, &j, o, &eb);
      if (!ha || !hb) {
        if (ha != hb) return ha ? 1 : -1;
        break;
      }
      int r = level == 0 ? compare_primary(&ea, &eb) : (ea.tertiary == eb.tertiary ? 0 : (ea.tertiary < eb.tertiary) != o->upper_first ? -1 : 1);
      if (r) return r;
    }
  }
  return 0;
}

static bool option_is(tsn_value options, const char *name, const char *value) {
  tsn_value v = tsn_get(options, tsn_str_intern_ascii(name));
  return tsn_is_string(v) && tsn_str_equals(v, tsn_str_intern_ascii(value));
}

/* String.prototype.localeCompare(that, locales, options) (22.1.3.12 / ECMA-402): the root collation
 * for every locale; options numeric, sensitivity and caseFirst are honoured. Exact for ASCII. */
BUILTIN(string_locale_compare) {
  THIS_STRING("localeCompare");
  tsn_value that = tsn_to_string(ARG(0));
  collation_options o = {0};
  tsn_value options = ARG(2);
  if (!tsn_is_undefined(options)) {
    o.numeric = tsn_to_boolean(tsn_get(options, tsn_str_intern_ascii("numeric")));
    o.primary_only = option_is(options, "sensitivity", "base") || option_is(options, "sensitivity", "accent");
    o.upper_first = option_is(options, "caseFirst", "upper");
  }
  return tsn_from_double(collate(s, that, &o));
}

/* ---- well-formedness ---- */

BUILTIN(string_is_well_formed) {
  THIS_STRING("isWellFormed");
  uint32_t len = tsn_str_length(s), units;
  const uint16_t *u = tsn_str_chars(s);
  for (uint32_t i = 0; i < len; i += units) {
    uint32_t cp = code_point_at(u, len, i, &units);
    if (cp >= 0xD800 && cp <= 0xDFFF) return TSN_FALSE;
  }
  return TSN_TRUE;
}

BUILTIN(string_to_well_formed) {
  THIS_STRING("toWellFormed");
  uint32_t len = tsn_str_length(s), units;
  const uint16_t *u = tsn_str_chars(s);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (uint32_t i = 0; i < len; i += units) {
    uint32_t cp = code_point_at(u, len, i, &units);
    if (cp >= 0xD800 && cp <= 0xDFFF) tsn_strbuf_push_unit(&b, 0xFFFD);
    else tsn_strbuf_push_units(&b, u + i, units);
  }
  return tsn_strbuf_finish(&b);
}

/* ---- conversion and iteration ---- */

BUILTIN(string_to_string) { return this_string_value(this_value, "toString"); }

BUILTIN(string_value_of) { return this_string_value(this_value, "valueOf"); }

/* String.prototype[Symbol.iterator] (22.1.3.36). */
BUILTIN(string_iterator) {
  THIS_STRING("[Symbol.iterator]");
  return tsn_string_iterator_new(s);
}

void tsn_lib_string_init(void) {
  for (uint8_t w = 1; collation_order[w - 1]; w++) collation_primary[(uint8_t)collation_order[w - 1]] = w;
  for (char c = 'A'; c <= 'Z'; c++) collation_primary[(uint8_t)c] = collation_primary[(uint8_t)(c - 'A' + 'a')];
  tsn_object *sp = tsn_intrinsics.string_prototype;
  tsn_value ctor = tsn_lib_define_constructor("String", string_ctor, 1, sp);
  tsn_object *c = tsn_as_object(ctor);
  tsn_define_builtin(c, "fromCharCode", string_from_char_code, 1);
  tsn_define_builtin(c, "fromCodePoint", string_from_code_point, 1);
  tsn_define_builtin(c, "raw", string_raw, 1);

  tsn_define_builtin(sp, "at", string_at, 1);
  tsn_define_builtin(sp, "charAt", string_char_at, 1);
  tsn_define_builtin(sp, "charCodeAt", string_char_code_at, 1);
  tsn_define_builtin(sp, "codePointAt", string_code_point_at, 1);
  tsn_define_builtin(sp, "concat", string_concat, 1);
  tsn_define_builtin(sp, "endsWith", string_ends_with, 1);
  tsn_define_builtin(sp, "includes", string_includes, 1);
  tsn_define_builtin(sp, "indexOf", string_index_of, 1);
  tsn_define_builtin(sp, "isWellFormed", string_is_well_formed, 0);
  tsn_define_builtin(sp, "lastIndexOf", string_last_index_of, 1);
  tsn_define_builtin(sp, "localeCompare", string_locale_compare, 1);
  tsn_define_builtin(sp, "match", string_match, 1);
  tsn_define_builtin(sp, "matchAll", string_match_all, 1);
  tsn_define_builtin(sp, "padEnd", string_pad_end, 1);
  tsn_define_builtin(sp, "padStart", string_pad_start, 1);
  tsn_define_builtin(sp, "repeat", string_repeat, 1);
  tsn_define_builtin(sp, "replace", string_replace, 2);
  tsn_define_builtin(sp, "replaceAll", string_replace_all, 2);
  tsn_define_builtin(sp, "search", string_search, 1);
  tsn_define_builtin(sp, "slice", string_slice, 2);
  tsn_define_builtin(sp, "split", string_split, 2);
  tsn_define_builtin(sp, "startsWith", string_starts_with, 1);
  tsn_define_builtin(sp, "substr", string_substr, 2);
  tsn_define_builtin(sp, "substring", string_substring, 2);
  tsn_define_builtin(sp, "toLocaleLowerCase", string_to_locale_lower_case, 0);
  tsn_define_builtin(sp, "toLocaleUpperCase", string_to_locale_upper_case, 0);
  tsn_define_builtin(sp, "toLowerCase", string_to_lower_case, 0);
  tsn_define_builtin(sp, "toString", string_to_string, 0);
  tsn_define_builtin(sp, "toUpperCase", string_to_upper_case, 0);
  tsn_define_builtin(sp, "toWellFormed", string_to_well_formed, 0);
  tsn_define_builtin(sp, "trim", string_trim, 0);
  tsn_define_builtin(sp, "trimStart", string_trim_start, 0);
  tsn_define_builtin(sp, "trimEnd", string_trim_end, 0);
  tsn_define_builtin(sp, "valueOf", string_value_of, 0);
  tsn_define_own(sp, tsn_str_intern_ascii("trimLeft"), tsn_get(tsn_from_cell(sp), tsn_str_intern_ascii("trimStart")), TSN_ATTR_HIDDEN);
  tsn_define_own(sp, tsn_str_intern_ascii("trimRight"), tsn_get(tsn_from_cell(sp), tsn_str_intern_ascii("trimEnd")), TSN_ATTR_HIDDEN);
  tsn_lib_define_symbol_method(sp, tsn_intrinsics.symbol_iterator, "[Symbol.iterator]", string_iterator, 0);
}
