/*
 * ops.h — the operators of ECMA-262 section 13 on tsn_value, with exact coercions.
 * The backend calls these for every operator whose operand types it cannot prove; when both
 * operands are known numbers it may emit the C arithmetic directly (tsn_from_double(a + b)).
 */
#ifndef TSN_OPS_H
#define TSN_OPS_H

#include "object.h"

tsn_value tsn_op_add(tsn_value a, tsn_value b);           /* 13.15.3 ApplyStringOrNumericBinaryOperator for + */
tsn_value tsn_op_sub(tsn_value a, tsn_value b);
tsn_value tsn_op_mul(tsn_value a, tsn_value b);
tsn_value tsn_op_div(tsn_value a, tsn_value b);
tsn_value tsn_op_mod(tsn_value a, tsn_value b);           /* Number::remainder (fmod semantics, sign of dividend) */
tsn_value tsn_op_pow(tsn_value a, tsn_value b);           /* Number::exponentiate (tsn_math_pow) */
tsn_value tsn_op_neg(tsn_value a);
tsn_value tsn_op_plus(tsn_value a);                       /* unary + : ToNumber */
tsn_value tsn_op_bitnot(tsn_value a);
tsn_value tsn_op_bitand(tsn_value a, tsn_value b);
tsn_value tsn_op_bitor(tsn_value a, tsn_value b);
tsn_value tsn_op_bitxor(tsn_value a, tsn_value b);
tsn_value tsn_op_shl(tsn_value a, tsn_value b);
tsn_value tsn_op_sar(tsn_value a, tsn_value b);           /* >> */
tsn_value tsn_op_shr(tsn_value a, tsn_value b);           /* >>> */
tsn_value tsn_op_inc(tsn_value a);                        /* ToNumeric(a) + 1 (for ++) */
tsn_value tsn_op_dec(tsn_value a);
bool tsn_op_strict_equals(tsn_value a, tsn_value b);      /* 7.2.16 IsStrictlyEqual */
bool tsn_op_loose_equals(tsn_value a, tsn_value b);       /* 7.2.15 IsLooselyEqual */
bool tsn_same_value(tsn_value a, tsn_value b);            /* 7.2.10 SameValue (Object.is) */
bool tsn_same_value_zero(tsn_value a, tsn_value b);       /* 7.2.11 (Map/Set/includes) */
bool tsn_op_lt(tsn_value a, tsn_value b);                 /* a < b  (IsLessThan, undefined -> false) */
bool tsn_op_le(tsn_value a, tsn_value b);
bool tsn_op_gt(tsn_value a, tsn_value b);
bool tsn_op_ge(tsn_value a, tsn_value b);
tsn_value tsn_op_typeof(tsn_value a);                     /* interned type-name string */
bool tsn_op_instanceof(tsn_value a, tsn_value ctor);
/* Function.prototype[@@hasInstance](V) (ECMA-262 20.2.3.6): OrdinaryHasInstance(this, V); a tsn_code. */
tsn_value tsn_function_prototype_has_instance(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target);      /* 13.10.2 InstanceofOperator (OrdinaryHasInstance) */
bool tsn_op_in(tsn_value key, tsn_value obj);             /* throws TypeError "Cannot use 'in' operator to search for 'k' in v" */

#endif
