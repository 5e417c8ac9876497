/*
 * conv.c — ECMA-262 7.1 type conversions (ToPrimitive, ToNumber, ToString, ToObject, ToInt32, ...).
 */
#include "conv.h"

#include <math.h>

#include "atoms.h"
#include "exception.h"
#include "function.h"
#include "numconv.h"
#include "realm.h"
#include "str.h"
#include "symbol.h"

/* Strings of the integers 0..255, interned (array indices and small counters are very common). */
static tsn_value small_int_strings[256];

tsn_value tsn_number_to_string_value(double d) {
  if (d >= 0 && d < 1e9 && d == (double)(uint32_t)d) {
    uint32_t n = (uint32_t)d;
    if (n < 256 && small_int_strings[n]) return small_int_strings[n];
    char buf[12];
    int i = 11;
    buf[i] = 0;
    do { buf[--i] = (char)('0' + n % 10); n /= 10; } while (n);
    tsn_value s = tsn_str_from_latin1(buf + i, (size_t)(11 - i));
    if (d < 256) small_int_strings[(uint32_t)d] = s = tsn_str_intern(s);
    return s;
  }
  char buf[TSN_NUMCONV_BUFSIZE];
  int n = tsn_number_to_string(d, buf);
  return tsn_str_from_latin1(buf, (size_t)n);
}

static tsn_value call_method_if_callable(tsn_value obj, tsn_value key, bool *called) {
  tsn_value f = tsn_get(obj, key);
  *called = tsn_is_callable(f);
  return *called ? tsn_call(f, obj, 0, NULL, NULL) : TSN_UNDEFINED;
}

tsn_value tsn_to_primitive(tsn_value v, tsn_hint hint) {
  if (!tsn_is_object(v)) return v;
  tsn_value exotic = tsn_get(v, tsn_intrinsics.symbol_to_primitive);
  if (!tsn_is_nullish(exotic)) {
    if (!tsn_is_callable(exotic)) {
      tsn_value text = tsn_to_string(exotic);
      size_t n;
      tsn_throw_type_error("%s is not a function", tsn_str_to_utf8(text, &n));
    }
    const char *h = hint == TSN_HINT_STRING ? "string" : hint == TSN_HINT_NUMBER ? "number" : "default";
    tsn_value arg = tsn_str_intern_ascii(h);
    tsn_value r = tsn_call(exotic, v, 1, &arg, NULL);
    if (tsn_is_object(r)) tsn_throw_type_error("Cannot convert object to primitive value");
    return r;
  }
  tsn_value first = hint == TSN_HINT_STRING ? tsn_atom.toString : tsn_atom.valueOf;
  tsn_value second = hint == TSN_HINT_STRING ? tsn_atom.valueOf : tsn_atom.toString;
  bool called;
  tsn_value r = call_method_if_callable(v, first, &called);
  if (called && !tsn_is_object(r)) return r;
  r = call_method_if_callable(v, second, &called);
  if (called && !tsn_is_object(r)) return r;
  tsn_throw_type_error("Cannot convert object to primitive value");
}

bool tsn_to_boolean(tsn_value v) {
  if (tsn_is_number(v)) {
    double d = tsn_as_double(v);
    return d == d && d != 0;
  }
  if (tsn_is_boolean(v)) return v == TSN_TRUE;
  if (tsn_is_nullish(v)) return false;
  if (tsn_is_string(v)) return tsn_str_length(v) != 0;
  return true;
}

double tsn_to_number(tsn_value v) {
  for (;;) {
    if (tsn_is_number(v)) return tsn_as_double(v);
    if (tsn_is_string(v)) return tsn_string_to_number(tsn_str_chars(v), tsn_str_length(v));
    if (v == TSN_UNDEFINED || v == TSN_EMPTY) return NAN; /* EMPTY never reaches here from correct code */
    if (v == TSN_NULL || v == TSN_FALSE) return 0;
    if (v == TSN_TRUE) return 1;
    if (tsn_is_symbol(v)) tsn_throw_type_error("Cannot convert a Symbol value to a number");
    v = tsn_to_primitive(v, TSN_HINT_NUMBER);
  }
}

tsn_value tsn_to_numeric(tsn_value v) { return tsn_is_number(v) ? v : tsn_from_double(tsn_to_number(v)); }

double tsn_to_integer_or_infinity(tsn_value v) {
  double d = tsn_to_number(v);
  if (d != d || d == 0) return 0;
  if (isinf(d)) return d;
  return trunc(d);
}

int32_t tsn_double_to_int32(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) return (int32_t)d;
  if (!isfinite(d)) return 0;
  double m = fmod(trunc(d), 4294967296.0);
  if (m < 0) m += 4294967296.0;
  return (int32_t)(uint32_t)m;
}

int32_t tsn_to_int32(tsn_value v) { return tsn_double_to_int32(tsn_to_number(v)); }

uint32_t tsn_to_uint32(tsn_value v) { return (uint32_t)tsn_double_to_int32(tsn_to_number(v)); }

tsn_value tsn_to_string(tsn_value v) {
  for (;;) {
    if (tsn_is_string(v)) return v;
    if (tsn_is_number(v)) return tsn_number_to_string_value(tsn_as_double(v));
    if (v == TSN_UNDEFINED || v == TSN_EMPTY) return tsn_atom.undefined; /* EMPTY: as above */
    if (v == TSN_NULL) return tsn_atom.null_;
    if (v == TSN_TRUE) return tsn_atom.true_;
    if (v == TSN_FALSE) return tsn_atom.false_;
    if (tsn_is_symbol(v)) tsn_throw_type_error("Cannot convert a Symbol value to a string");
    v = tsn_to_primitive(v, TSN_HINT_STRING);
  }
}

tsn_object *tsn_to_object(tsn_value v) {
  if (tsn_is_object(v)) return tsn_as_object(v);
  if (tsn_is_nullish(v)) tsn_throw_type_error("Cannot convert undefined or null to object");
  tsn_object *o;
  if (tsn_is_number(v)) o = tsn_object_new_class(tsn_intrinsics.number_prototype, TSN_CLASS_NUMBER);
  else if (tsn_is_string(v)) o = tsn_object_new_class(tsn_intrinsics.string_prototype, TSN_CLASS_STRING);
  else if (tsn_is_boolean(v)) o = tsn_object_new_class(tsn_intrinsics.boolean_prototype, TSN_CLASS_BOOLEAN);
  else o = tsn_object_new_class(tsn_intrinsics.symbol_prototype, TSN_CLASS_SYMBOL);
  o->internal = (void *)(uintptr_t)v; /* wrapper objects hold their primitive value itself */
  return o;
}

int64_t tsn_to_length(tsn_value v) {
  double d = tsn_to_integer_or_infinity(v);
  if (d <= 0) return 0;
  if (d > 9007199254740991.0) return 9007199254740991LL;
  return (int64_t)d;
}

int64_t tsn_relative_index(tsn_value v, int64_t len, int64_t default_value) {
  if (tsn_is_undefined(v)) return default_value;
  double d = tsn_to_integer_or_infinity(v);
  if (d < 0) {
    d += (double)len;
    return d < 0 ? 0 : (int64_t)d;
  }
  return d > (double)len ? len : (int64_t)d;
}
