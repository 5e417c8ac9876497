/*
 * ops.c — ECMA-262 13 operators on tsn_value: arithmetic (Number::*), bitwise, equality (7.2.13-16),
 * relational comparison (IsLessThan, 7.2.13), typeof, instanceof and in.
 */
#include "ops.h"

#include <math.h>

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "jsmath.h"
#include "realm.h"
#include "str.h"

#define NUM(x) tsn_from_double(x)

tsn_value tsn_op_add(tsn_value a, tsn_value b) {
  if (tsn_is_number(a) && tsn_is_number(b)) return NUM(tsn_as_double(a) + tsn_as_double(b));
  if (tsn_is_string(a) && tsn_is_string(b)) return tsn_str_concat(a, b);
  a = tsn_to_primitive(a, TSN_HINT_DEFAULT);
  b = tsn_to_primitive(b, TSN_HINT_DEFAULT);
  if (tsn_is_string(a) || tsn_is_string(b)) return tsn_str_concat(tsn_to_string(a), tsn_to_string(b));
  return NUM(tsn_to_number(a) + tsn_to_number(b));
}

/* Both operands through ToNumeric, left first (ApplyStringOrNumericBinaryOperator). */
#define NUMERIC_BINARY(name, expr)                                                  \
  tsn_value name(tsn_value a, tsn_value b) {                                       \
    double x = tsn_is_number(a) ? tsn_as_double(a) : tsn_to_number(a);             \
    double y = tsn_is_number(b) ? tsn_as_double(b) : tsn_to_number(b);             \
    return expr;                                                                   \
  }

NUMERIC_BINARY(tsn_op_sub, NUM(x - y))
NUMERIC_BINARY(tsn_op_mul, NUM(x * y))
NUMERIC_BINARY(tsn_op_div, NUM(x / y))
NUMERIC_BINARY(tsn_op_mod, NUM(fmod(x, y)))
NUMERIC_BINARY(tsn_op_pow, NUM(tsn_math_pow(x, y)))
NUMERIC_BINARY(tsn_op_bitand, NUM((double)(tsn_double_to_int32(x) & tsn_double_to_int32(y))))
NUMERIC_BINARY(tsn_op_bitor, NUM((double)(tsn_double_to_int32(x) | tsn_double_to_int32(y))))
NUMERIC_BINARY(tsn_op_bitxor, NUM((double)(tsn_double_to_int32(x) ^ tsn_double_to_int32(y))))
NUMERIC_BINARY(tsn_op_shl, NUM((double)(int32_t)((uint32_t)tsn_double_to_int32(x) << ((uint32_t)tsn_double_to_int32(y) & 31))))
NUMERIC_BINARY(tsn_op_sar, NUM((double)(tsn_double_to_int32(x) >> ((uint32_t)tsn_double_to_int32(y) & 31))))
NUMERIC_BINARY(tsn_op_shr, NUM((double)((uint32_t)tsn_double_to_int32(x) >> ((uint32_t)tsn_double_to_int32(y) & 31))))

tsn_value tsn_op_neg(tsn_value a) { return NUM(-tsn_to_number(a)); }
tsn_value tsn_op_plus(tsn_value a) { return tsn_is_number(a) ? a : NUM(tsn_to_number(a)); }
tsn_value tsn_op_bitnot(tsn_value a) { return NUM((double)~tsn_to_int32(a)); }
tsn_value tsn_op_inc(tsn_value a) { return NUM(tsn_to_number(a) + 1); }
tsn_value tsn_op_dec(tsn_value a) { return NUM(tsn_to_number(a) - 1); }

bool tsn_op_strict_equals(tsn_value a, tsn_value b) {
  if (tsn_is_number(a)) return tsn_is_number(b) && tsn_as_double(a) == tsn_as_double(b);
  if (a == b) return true;
  if (tsn_is_string(a) && tsn_is_string(b)) return tsn_str_equals(a, b);
  return false;
}

bool tsn_op_loose_equals(tsn_value a, tsn_value b) {
  for (;;) {
    if (tsn_is_number(a) && tsn_is_number(b)) return tsn_as_double(a) == tsn_as_double(b);
    if (tsn_is_string(a) && tsn_is_string(b)) return tsn_str_equals(a, b);
    if (a == b) return true;
    if (tsn_is_nullish(a) && tsn_is_nullish(b)) return true;
    if (tsn_is_nullish(a) || tsn_is_nullish(b)) return false;
    if (tsn_is_number(a) && tsn_is_string(b)) return tsn_as_double(a) == tsn_to_number(b);
    if (tsn_is_string(a) && tsn_is_number(b)) return tsn_to_number(a) == tsn_as_double(b);
    if (tsn_is_boolean(a)) { a = NUM(a == TSN_TRUE); continue; }
    if (tsn_is_boolean(b)) { b = NUM(b == TSN_TRUE); continue; }
    bool ao = tsn_is_object(a), bo = tsn_is_object(b);
    if (ao && bo) return false;
    if (bo) { b = tsn_to_primitive(b, TSN_HINT_DEFAULT); continue; }
    if (ao) { a = tsn_to_primitive(a, TSN_HINT_DEFAULT); continue; }
    return false; /* symbol vs number/string */
  }
}

bool tsn_same_value(tsn_value a, tsn_value b) {
  if (tsn_is_number(a) && tsn_is_number(b)) return a == b; /* bit identity: NaN canonical, -0 != +0 */
  return tsn_op_strict_equals(a, b);
}

bool tsn_same_value_zero(tsn_value a, tsn_value b) {
  if (tsn_is_number(a) && tsn_is_number(b)) {
    double x = tsn_as_double(a), y = tsn_as_double(b);
    return x == y || (x != x && y != y);
  }
  return tsn_op_strict_equals(a, b);
}

/* IsLessThan(x, y, left_first): 1 true, 0 false, -1 undefined (NaN involved). */
static int is_less_than(tsn_value x, tsn_value y, bool left_first) {
  if (tsn_is_number(x) && tsn_is_number(y)) {
    double a = tsn_as_double(x), b = tsn_as_double(y);
    return (a != a || b != b) ? -1 : a < b;
  }
  tsn_value px, py;
  if (left_first) {
    px = tsn_to_primitive(x, TSN_HINT_NUMBER);
    py = tsn_to_primitive(y, TSN_HINT_NUMBER);
  } else {
    py = tsn_to_primitive(y, TSN_HINT_NUMBER);
    px = tsn_to_primitive(x, TSN_HINT_NUMBER);
  }
  if (tsn_is_string(px) && tsn_is_string(py)) return tsn_str_compare(px, py) < 0;
  double a = tsn_to_number(px), b = tsn_to_number(py);
  return (a != a || b != b) ? -1 : a < b;
}

bool tsn_op_lt(tsn_value a, tsn_value b) { return is_less_than(a, b, true) == 1; }
bool tsn_op_gt(tsn_value a, tsn_value b) { return is_less_than(b, a, false) == 1; }
bool tsn_op_le(tsn_value a, tsn_value b) { return is_less_than(b, a, false) == 0; }
bool tsn_op_ge(tsn_value a, tsn_value b) { return is_less_than(a, b, true) == 0; }

tsn_value tsn_op_typeof(tsn_value a) {
  if (tsn_is_number(a)) return tsn_atom.number;
  if (tsn_is_string(a)) return tsn_atom.string;
  if (a == TSN_UNDEFINED) return tsn_atom.undefined;
  if (tsn_is_boolean(a)) return tsn_atom.boolean;
  if (tsn_is_symbol(a)) return tsn_atom.symbol;
  if (tsn_is_callable(a)) return tsn_atom.function;
  return tsn_atom.object;
}

/* OrdinaryHasInstance (ECMA-262 7.3.21). */
static bool ordinary_has_instance(tsn_value c, tsn_value o) {
  if (!tsn_is_callable(c)) return false;
  tsn_function *f = tsn_as_function(c);
  if (f->kind == TSN_FN_BOUND) return tsn_op_instanceof(o, f->bound_target);
  if (!tsn_is_object(o)) return false;
  tsn_value p = tsn_get(c, tsn_atom.prototype);
  if (!tsn_is_object(p)) {
    size_t n;
    tsn_throw_type_error("Function has non-object prototype '%s' in instanceof check", tsn_str_to_utf8(tsn_to_string(p), &n));
  }
  for (tsn_object *q = tsn_as_object(o)->proto; q; q = q->proto)
    if (q == tsn_as_object(p)) return true;
  return false;
}

tsn_value tsn_function_prototype_has_instance(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_from_bool(ordinary_has_instance(this_value, argc > 0 ? argv[0] : TSN_UNDEFINED));
}

bool tsn_op_instanceof(tsn_value a, tsn_value ctor) {
  if (!tsn_is_object(ctor)) tsn_throw_type_error("Right-hand side of 'instanceof' is not an object");
  tsn_value h = tsn_get(ctor, tsn_intrinsics.symbol_has_instance);
  /* the intrinsic Function.prototype[@@hasInstance] (every function's) is OrdinaryHasInstance: no call */
  if (tsn_is_callable(h) && tsn_as_function(h)->code == tsn_function_prototype_has_instance) return ordinary_has_instance(ctor, a);
  if (!tsn_is_nullish(h)) return tsn_to_boolean(tsn_call(h, ctor, 1, &a, NULL));
  if (!tsn_is_callable(ctor)) tsn_throw_type_error("Right-hand side of 'instanceof' is not callable");
  return ordinary_has_instance(ctor, a);
}

bool tsn_op_in(tsn_value key, tsn_value obj) {
  if (!tsn_is_object(obj)) tsn_has_property(obj, tsn_is_symbol(key) ? key : tsn_to_string(key)); /* throws */
  return tsn_has_property(obj, tsn_to_property_key(key));
}
