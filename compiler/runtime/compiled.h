/*
 * compiled.h — the helpers the C backend targets beyond the core API: inline fast paths for
 * operators on numbers (falling back to ops.c for every other type, so a lying static type never
 * changes behaviour), TDZ errors, classes, private names, destructuring, spread and for-in.
 */
#ifndef TSN_COMPILED_H
#define TSN_COMPILED_H

#include "tsn.h"

/* ToBoolean with the common immediates answered inline (ECMA-262 7.1.2). */
#define TSN_TRUTHY(v) ((v) == TSN_TRUE ? true : ((v) == TSN_FALSE || (v) == TSN_UNDEFINED || (v) == TSN_NULL) ? false : tsn_to_boolean(v))

#define TSN_NUM2(a, b) (tsn_is_number(a) && tsn_is_number(b))
static inline tsn_value tsn_fast_add(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) + tsn_as_double(b)) : tsn_op_add(a, b); }
static inline tsn_value tsn_fast_sub(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) - tsn_as_double(b)) : tsn_op_sub(a, b); }
static inline tsn_value tsn_fast_mul(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) * tsn_as_double(b)) : tsn_op_mul(a, b); }
static inline tsn_value tsn_fast_div(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) / tsn_as_double(b)) : tsn_op_div(a, b); }
static inline bool tsn_fast_lt(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) < tsn_as_double(b) : tsn_op_lt(a, b); }
static inline bool tsn_fast_le(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) <= tsn_as_double(b) : tsn_op_le(a, b); }
static inline bool tsn_fast_gt(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) > tsn_as_double(b) : tsn_op_gt(a, b); }
static inline bool tsn_fast_ge(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) >= tsn_as_double(b) : tsn_op_ge(a, b); }
static inline bool tsn_fast_strict_equals(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) == tsn_as_double(b) : tsn_op_strict_equals(a, b); }
static inline tsn_value tsn_fast_neg(tsn_value a) { return tsn_is_number(a) ? tsn_from_double(-tsn_as_double(a)) : tsn_op_neg(a); }
static inline tsn_value tsn_fast_plus(tsn_value a) { return tsn_is_number(a) ? a : tsn_op_plus(a); }

/* ReferenceError "Cannot access 'x' before initialization" (ECMA-262 9.1.1.1.6 GetBindingValue). */
_Noreturn void tsn_throw_tdz(const char *name);
/* ReferenceError for `this` before super() in a derived constructor (V8's message). */
_Noreturn void tsn_throw_this_tdz(void);
/* typeof of a possibly undeclared global: "undefined" when absent, never a ReferenceError. */
tsn_value tsn_global_typeof(tsn_value name);
/* The [[HomeObject]] of the running method (for super), undefined when it has none. */
tsn_value tsn_function_home(tsn_object *callee);
/* CreatePerIterationEnvironment: a copy of `env` with the same parent and values. */
tsn_env *tsn_env_copy(tsn_env *env);

/* for-in (ECMA-262 14.7.5.9 EnumerateObjectProperties): the enumerable string keys of obj and its
 * prototypes, shadowed keys once; tsn_for_in_next skips keys deleted before they are reached. */
tsn_value tsn_for_in_keys(tsn_value obj);
bool tsn_for_in_next(tsn_value keys, tsn_value obj, uint32_t index, tsn_value *out);

/* super.key: lookup starts at home's prototype, getters see `this_value` (ECMA-262 13.3.7). */
tsn_value tsn_super_get(tsn_value home, tsn_value this_value, tsn_value key);
/* super(...args): [[Construct]] of the running constructor's [[Prototype]] with new_target. */
tsn_value tsn_super_construct(tsn_object *callee, tsn_value new_target, int argc, const tsn_value *argv);
/* ClassDefinitionEvaluation steps 1-16: the constructor F (kind class or derived class when `parent`
 * is not TSN_EMPTY) and its prototype object (*proto_out). TypeError "Class extends value X is not a
 * constructor or null" for a bad heritage. */
tsn_value tsn_class_create(tsn_value parent, tsn_code code, tsn_env *env, tsn_value name, uint32_t length, tsn_object **proto_out);
/* Defines a method (kind 0), getter (1) or setter (2) on target; accessor halves merge. */
void tsn_define_method(tsn_object *target, tsn_value key, tsn_value fn, int kind, bool enumerable);
/* Class field definition: CreateDataPropertyOrThrow, or a private field add for private names
 * (TypeError "Cannot initialize #x twice on the same object"). */
void tsn_define_field(tsn_value obj, tsn_value key, tsn_value v);
/* SetFunctionName (ECMA-262 10.2.9) for a run-time key: "name" becomes prefix + key, or
 * prefix + "[description]" for a symbol key. */
void tsn_set_function_name(tsn_value fn, tsn_value key, const char *prefix);
/* Object spread {...src} (CopyDataProperties). */
void tsn_object_spread(tsn_value target, tsn_value source);

/* Private names: symbols with TSN_SYMBOL_PRIVATE, never enumerated. Missing member: V8's TypeError. */
tsn_value tsn_private_name_new(tsn_value description);
/* `brand` is the class name for private methods/accessors (TypeError "Receiver must be an instance of
 * class X"), NULL for private fields ("Cannot read private member #x from an object whose class did
 * not declare it"). */
tsn_value tsn_private_get(tsn_value obj, tsn_value key, const char *brand);
void tsn_private_set(tsn_value obj, tsn_value key, tsn_value v, const char *brand);
bool tsn_private_in(tsn_value obj, tsn_value key);

/* Destructuring intrinsics (see hir.ts Intrinsic). n and rest are JS number/boolean values. */
tsn_value tsn_destructure_iterable(tsn_value v, tsn_value n, tsn_value rest, tsn_value text);
tsn_value tsn_object_rest(tsn_value v, tsn_value keys);
tsn_value tsn_require_object_coercible(tsn_value v, tsn_value first_key, tsn_value text);
/* Spread element `...v` into `array`; `text` names v in "x is not iterable" ("" for none). */
void tsn_array_append_spread(tsn_value array, tsn_value v, const char *text);

#endif
