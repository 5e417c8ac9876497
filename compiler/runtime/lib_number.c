/*
 * lib_number.c — the Number constructor, its constants and predicates, Number.prototype
 * (ECMA-262 21.1) and the number-related globals parseInt/parseFloat/isNaN/isFinite/NaN/Infinity/
 * undefined plus globalThis (19.1, 19.2). Digits come from numconv.h.
 */
#include <float.h>
#include <math.h>

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "numconv.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

static tsn_value ascii(const char *buf, int n) { return tsn_str_from_latin1(buf, (size_t)n); }

static tsn_value Number_ctor(ARGS) {
  tsn_value n = argc > 0 ? tsn_to_numeric(argv[0]) : tsn_from_double(0);
  if (tsn_is_undefined(new_target)) return n;
  tsn_object *o = tsn_create_from_constructor(new_target, tsn_intrinsics.number_prototype, TSN_CLASS_NUMBER);
  o->internal = (void *)(uintptr_t)n;
  return tsn_from_cell(o);
}

static bool is_integral(tsn_value v) {
  if (!tsn_is_number(v)) return false;
  double d = tsn_as_double(v);
  return isfinite(d) && trunc(d) == d;
}

static tsn_value Number_isInteger(ARGS) { return tsn_from_bool(is_integral(ARG(0))); }
static tsn_value Number_isSafeInteger(ARGS) {
  return tsn_from_bool(is_integral(ARG(0)) && fabs(tsn_as_double(ARG(0))) <= 9007199254740991.0);
}
static tsn_value Number_isFinite(ARGS) { return tsn_from_bool(tsn_is_number(ARG(0)) && isfinite(tsn_as_double(ARG(0)))); }
static tsn_value Number_isNaN(ARGS) { return tsn_from_bool(tsn_is_number(ARG(0)) && isnan(tsn_as_double(ARG(0)))); }

static tsn_value global_parseFloat(ARGS) {
  tsn_value s = tsn_to_string(ARG(0));
  return tsn_from_double(tsn_parse_float(tsn_str_chars(s), tsn_str_length(s)));
}

static tsn_value global_parseInt(ARGS) {
  tsn_value s = tsn_to_string(ARG(0));
  int radix = tsn_to_int32(ARG(1));
  return tsn_from_double(tsn_parse_int(tsn_str_chars(s), tsn_str_length(s), radix));
}

static tsn_value global_isNaN(ARGS) { return tsn_from_bool(isnan(tsn_to_number(ARG(0)))); }
static tsn_value global_isFinite(ARGS) { return tsn_from_bool(isfinite(tsn_to_number(ARG(0)))); }

/* thisNumberValue (ECMA-262 21.1.3.7.1). */
static double this_number(tsn_value v, const char *method) {
  if (tsn_is_number(v)) return tsn_as_double(v);
  if (tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_NUMBER) return tsn_as_double((tsn_value)(uintptr_t)tsn_as_object(v)->internal);
  tsn_throw_type_error("Number.prototype.%s requires that 'this' be a Number", method);
}

static tsn_value proto_toString(ARGS) {
  double x = this_number(this_value, "toString");
  double radix = tsn_is_undefined(ARG(0)) ? 10 : tsn_to_integer_or_infinity(ARG(0));
  if (radix < 2 || radix > 36) tsn_throw_range_error("toString() radix argument must be between 2 and 36");
  if (radix == 10) return tsn_number_to_string_value(x);
  char buf[TSN_NUMCONV_BUFSIZE];
  return ascii(buf, tsn_number_to_string_radix(x, (int)radix, buf));
}

static tsn_value proto_toFixed(ARGS) {
  double x = this_number(this_value, "toFixed");
  double f = tsn_to_integer_or_infinity(ARG(0));
  if (!(f >= 0 && f <= 100)) tsn_throw_range_error("toFixed() digits argument must be between 0 and 100");
  if (!isfinite(x)) return tsn_number_to_string_value(x);
  char buf[TSN_NUMCONV_BUFSIZE];
  return ascii(buf, tsn_number_to_fixed(x, (int)f, buf));
}

static tsn_value proto_toExponential(ARGS) {
  double x = this_number(this_value, "toExponential");
  double f = tsn_to_integer_or_infinity(ARG(0));
  if (!isfinite(x)) return tsn_number_to_string_value(x);
  if (!(f >= 0 && f <= 100)) tsn_throw_range_error("toExponential() argument must be between 0 and 100");
  char buf[TSN_NUMCONV_BUFSIZE];
  return ascii(buf, tsn_number_to_exponential(x, tsn_is_undefined(ARG(0)) ? -1 : (int)f, buf));
}

static tsn_value proto_toPrecision(ARGS) {
  double x = this_number(this_value, "toPrecision");
  if (tsn_is_undefined(ARG(0))) return tsn_number_to_string_value(x);
  double p = tsn_to_integer_or_infinity(ARG(0));
  if (!isfinite(x)) return tsn_number_to_string_value(x);
  if (!(p >= 1 && p <= 100)) tsn_throw_range_error("toPrecision() argument must be between 1 and 100");
  char buf[TSN_NUMCONV_BUFSIZE];
  return ascii(buf, tsn_number_to_precision(x, (int)p, buf));
}

static tsn_value proto_valueOf(ARGS) { return tsn_from_double(this_number(this_value, "valueOf")); }

/* toLocaleString with Node's default locale (en-US): grouping commas, at most 3 fraction digits
 * (rounded half away from zero), "∞" for infinities. */
static tsn_value proto_toLocaleString(ARGS) {
  double x = this_number(this_value, "toLocaleString");
  if (isnan(x)) return tsn_atom.NaN;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  if (signbit(x)) tsn_strbuf_push_unit(&b, '-');
  if (isinf(x)) {
    tsn_strbuf_push_unit(&b, 0x221E);
    return tsn_strbuf_finish(&b);
  }
  if (fabs(x) >= 1e21) return tsn_number_to_string_value(x); /* Intl prints every digit: not reproduced */
  char buf[TSN_NUMCONV_BUFSIZE];
  int n = tsn_number_to_fixed(fabs(x), 3, buf);
  int point = n - 4;
  int end = n;
  while (end > point + 1 && buf[end - 1] == '0') end--;
  if (end == point + 1) end = point;
  for (int i = 0; i < point; i++) {
    if (i > 0 && (point - i) % 3 == 0) tsn_strbuf_push_unit(&b, ',');
    tsn_strbuf_push_unit(&b, (uint16_t)buf[i]);
  }
  tsn_strbuf_push_ascii_n(&b, buf + point, (size_t)(end - point));
  return tsn_strbuf_finish(&b);
}

void tsn_lib_number_init(void) {
  tsn_realm *r = &tsn_intrinsics;
  tsn_object *proto = r->number_prototype;
  tsn_object *ctor = tsn_as_object(tsn_lib_define_constructor("Number", Number_ctor, 1, proto));
  tsn_object *g = r->global;
  tsn_define_builtin(ctor, "isFinite", Number_isFinite, 1);
  tsn_define_builtin(ctor, "isInteger", Number_isInteger, 1);
  tsn_define_builtin(ctor, "isNaN", Number_isNaN, 1);
  tsn_define_builtin(ctor, "isSafeInteger", Number_isSafeInteger, 1);
  tsn_define_builtin(g, "parseFloat", global_parseFloat, 1);
  tsn_define_builtin(g, "parseInt", global_parseInt, 2);
  tsn_lib_define_value(ctor, "parseFloat", tsn_get(tsn_from_cell(g), tsn_str_intern_ascii("parseFloat")), TSN_ATTR_HIDDEN);
  tsn_lib_define_value(ctor, "parseInt", tsn_get(tsn_from_cell(g), tsn_str_intern_ascii("parseInt")), TSN_ATTR_HIDDEN);
  tsn_lib_define_value(ctor, "MAX_VALUE", tsn_from_double(DBL_MAX), 0);
  tsn_lib_define_value(ctor, "MIN_VALUE", tsn_from_double(4.9406564584124654e-324), 0);
  tsn_lib_define_value(ctor, "NaN", tsn_from_double(NAN), 0);
  tsn_lib_define_value(ctor, "NEGATIVE_INFINITY", tsn_from_double(-INFINITY), 0);
  tsn_lib_define_value(ctor, "POSITIVE_INFINITY", tsn_from_double(INFINITY), 0);
  tsn_lib_define_value(ctor, "MAX_SAFE_INTEGER", tsn_from_double(9007199254740991.0), 0);
  tsn_lib_define_value(ctor, "MIN_SAFE_INTEGER", tsn_from_double(-9007199254740991.0), 0);
  tsn_lib_define_value(ctor, "EPSILON", tsn_from_double(DBL_EPSILON), 0);
  tsn_define_builtin(proto, "toExponential", proto_toExponential, 1);
  tsn_define_builtin(proto, "toFixed", proto_toFixed, 1);
  tsn_define_builtin(proto, "toPrecision", proto_toPrecision, 1);
  tsn_define_builtin(proto, "toString", proto_toString, 1);
  tsn_define_builtin(proto, "valueOf", proto_valueOf, 0);
  tsn_define_builtin(proto, "toLocaleString", proto_toLocaleString, 0);

  tsn_define_builtin(g, "isNaN", global_isNaN, 1);
  tsn_define_builtin(g, "isFinite", global_isFinite, 1);
  tsn_lib_define_value(g, "NaN", tsn_from_double(NAN), 0);
  tsn_lib_define_value(g, "Infinity", tsn_from_double(INFINITY), 0);
  tsn_lib_define_value(g, "undefined", TSN_UNDEFINED, 0);
  tsn_lib_define_value(g, "globalThis", tsn_from_cell(g), TSN_ATTR_HIDDEN);
}
