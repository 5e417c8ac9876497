/*
 * compiled.h — the helpers the C backend targets beyond the core API: inline fast paths for
 * operators on numbers (falling back to ops.c for every other type, so a lying static type never
 * changes behaviour), TDZ errors, classes, private names, destructuring, spread and for-in.
 */
#ifndef TSN_COMPILED_H
#define TSN_COMPILED_H

#include "tsn.h"
#include "alloc.h" /* generator frames */
#include "generator.h"
#include "async_function.h"
#include "async_iter.h"
#include "async_generator.h"
#include "shape.h" /* the typed-array length cache checks for own properties */
#include "typed_array.h" /* element fast paths */

/* ToBoolean with the common immediates answered inline (ECMA-262 7.1.2). */
#define TSN_TRUTHY(v) ((v) == TSN_TRUE ? true : ((v) == TSN_FALSE || (v) == TSN_UNDEFINED || (v) == TSN_NULL) ? false : tsn_to_boolean(v))

#define TSN_NUM2(a, b) (tsn_is_number(a) && tsn_is_number(b))
/* Encodes a double known not to be NaN (an int32 result) without tsn_from_double's canonicalisation.
 * Floating-point results must use tsn_from_double: the runtime compares NaN by its canonical bits
 * (SameValue), and hardware arithmetic yields the non-canonical default NaN 0xfff8000000000000. */
static inline tsn_value tsn_from_arith(double d) {
  uint64_t bits;
  memcpy(&bits, &d, sizeof bits);
  return bits + TSN_DOUBLE_ENCODE_OFFSET;
}
static inline tsn_value tsn_fast_add(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) + tsn_as_double(b)) : tsn_op_add(a, b); }
static inline tsn_value tsn_fast_sub(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) - tsn_as_double(b)) : tsn_op_sub(a, b); }
static inline tsn_value tsn_fast_mul(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) * tsn_as_double(b)) : tsn_op_mul(a, b); }
static inline tsn_value tsn_fast_div(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_from_double(tsn_as_double(a) / tsn_as_double(b)) : tsn_op_div(a, b); }
/* ToInt32 (ECMA-262 7.1.6) of a number: the cast is exact for in-range values (NaN fails the test). */
static inline int32_t tsn_fast_int32(double d) {
  return (d >= -2147483648.0 && d < 2147483648.0) ? (int32_t)d : tsn_double_to_int32(d);
}
/* Number::remainder with an integer fast path: positive int32 dividend (zero and -0 take the slow path, which keeps the sign), positive int32 divisor. */
static inline tsn_value tsn_fast_mod(tsn_value a, tsn_value b) {
  if (TSN_NUM2(a, b)) {
    double x = tsn_as_double(a), y = tsn_as_double(b);
    if (x >= 1 && x < 2147483648.0 && y >= 1 && y < 2147483648.0) {
      int32_t xi = (int32_t)x, yi = (int32_t)y;
      if ((double)xi == x && (double)yi == y) return tsn_from_arith((double)(xi % yi));
    }
  }
  return tsn_op_mod(a, b);
}
#define TSN_FAST_BITOP(name, op, slow) \
  static inline tsn_value name(tsn_value a, tsn_value b) { \
    if (TSN_NUM2(a, b)) return tsn_from_arith((double)(int32_t)((uint32_t)tsn_fast_int32(tsn_as_double(a)) op (uint32_t)tsn_fast_int32(tsn_as_double(b)))); \
    return slow(a, b); \
  }
TSN_FAST_BITOP(tsn_fast_bitand, &, tsn_op_bitand)
TSN_FAST_BITOP(tsn_fast_bitor, |, tsn_op_bitor)
TSN_FAST_BITOP(tsn_fast_bitxor, ^, tsn_op_bitxor)
#undef TSN_FAST_BITOP
/* Shifts: the count is ToUint32(b) & 31 (ECMA-262 13.9). */
static inline tsn_value tsn_fast_shl(tsn_value a, tsn_value b) {
  if (TSN_NUM2(a, b)) return tsn_from_arith((double)(int32_t)((uint32_t)tsn_fast_int32(tsn_as_double(a)) << ((uint32_t)tsn_fast_int32(tsn_as_double(b)) & 31)));
  return tsn_op_shl(a, b);
}
static inline tsn_value tsn_fast_sar(tsn_value a, tsn_value b) {
  if (TSN_NUM2(a, b)) return tsn_from_arith((double)(tsn_fast_int32(tsn_as_double(a)) >> ((uint32_t)tsn_fast_int32(tsn_as_double(b)) & 31)));
  return tsn_op_sar(a, b);
}
static inline tsn_value tsn_fast_shr(tsn_value a, tsn_value b) {
  if (TSN_NUM2(a, b)) return tsn_from_arith((double)((uint32_t)tsn_fast_int32(tsn_as_double(a)) >> ((uint32_t)tsn_fast_int32(tsn_as_double(b)) & 31)));
  return tsn_op_shr(a, b);
}
static inline tsn_value tsn_fast_to_numeric(tsn_value a) { return tsn_is_number(a) ? a : tsn_to_numeric(a); }
static inline bool tsn_fast_lt(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) < tsn_as_double(b) : tsn_op_lt(a, b); }
static inline bool tsn_fast_le(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) <= tsn_as_double(b) : tsn_op_le(a, b); }
static inline bool tsn_fast_gt(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) > tsn_as_double(b) : tsn_op_gt(a, b); }
static inline bool tsn_fast_ge(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) >= tsn_as_double(b) : tsn_op_ge(a, b); }
static inline bool tsn_fast_strict_equals(tsn_value a, tsn_value b) { return TSN_NUM2(a, b) ? tsn_as_double(a) == tsn_as_double(b) : tsn_op_strict_equals(a, b); }
static inline tsn_value tsn_fast_neg(tsn_value a) { return tsn_is_number(a) ? tsn_from_double(-tsn_as_double(a)) : tsn_op_neg(a); }
static inline tsn_value tsn_fast_plus(tsn_value a) { return tsn_is_number(a) ? a : tsn_op_plus(a); }

/* Inline-cache hits inlined into compiled code; every miss (and every non-object) goes to object.c. */
static inline tsn_value tsn_get_ic_inline(tsn_value receiver, tsn_value key, tsn_ic *ic) {
  if (tsn_is_object(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    if (o->shape == ic->shape) {
      if (!ic->holder) return o->slots[ic->slot];
      if (ic->epoch == tsn_proto_epoch && o->proto == ic->proto) return ic->holder->slots[ic->slot];
    } else if (ic->slot == TSN_IC_VIEW_LENGTH && o->hdr.class_id == TSN_CLASS_TYPED_ARRAY && o->proto == ic->proto &&
               ic->epoch == tsn_proto_epoch && o->shape->count == 0) {
      return tsn_from_double((double)tsn_typed_array_length(o->internal));
    }
  }
  return tsn_get_ic(receiver, key, ic);
}
/* [[Call]] with the common case (a callable that is not a class constructor) inlined. */
static inline tsn_value tsn_call_inline(tsn_value f, tsn_value this_value, int argc, const tsn_value *argv, const char *callee_text) {
  if (tsn_is_callable(f)) {
    TSN_CHECK_ARGUMENTS(argc);
    tsn_function *fn = tsn_as_function(f);
    if (fn->kind != TSN_FN_CLASS && fn->kind != TSN_FN_DERIVED_CLASS) return fn->code(tsn_as_object(f), this_value, argc, argv, TSN_UNDEFINED);
  }
  return tsn_call(f, this_value, argc, argv, callee_text);
}
/* obj.key(...args): the method load goes through the inlined cache. */
static inline tsn_value tsn_call_method_inline(tsn_value obj, tsn_value key, tsn_ic *ic, int argc, const tsn_value *argv, const char *callee_text) {
  return tsn_call_inline(tsn_get_ic_inline(obj, key, ic), obj, argc, argv, callee_text);
}
/* obj.key = v in strict (`strict`) or sloppy code (a constant at every call site). */
static inline void tsn_put_ic_inline(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic, bool strict) {
  if (tsn_is_object(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    if (o->shape == ic->shape && !ic->to_shape) {
      o->slots[ic->slot] = v;
      return;
    }
  }
  if (strict) tsn_set_ic(receiver, key, v, ic);
  else tsn_set_ic_sloppy(receiver, key, v, ic);
}
static inline void tsn_set_ic_inline(tsn_value receiver, tsn_value key, tsn_value v, tsn_ic *ic) { tsn_put_ic_inline(receiver, key, v, ic, true); }
/* Dense-array element reads and in-bounds overwrites; everything else goes to object.c. */
static inline tsn_value tsn_get_index_inline(tsn_value receiver, tsn_value key) {
  if (tsn_is_number(key) && tsn_is_object(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    if (o->hdr.class_id == TSN_CLASS_ARRAY) {
      double d = tsn_as_double(key);
      if (d >= 0 && d < (double)o->capacity) {
        uint32_t i = (uint32_t)d;
        tsn_value v = o->elements[i];
        if ((double)i == d && v != TSN_EMPTY) return v;
      }
    } else if (o->hdr.class_id == TSN_CLASS_TYPED_ARRAY) {
      tsn_value v;
      if (tsn_typed_array_fast_get(o, key, &v)) return v;
    }
  }
  return tsn_get_index(receiver, key);
}
/* obj[key] = v in strict (`strict`) or sloppy code (a constant at every call site). */
static inline void tsn_put_index_inline(tsn_value receiver, tsn_value key, tsn_value v, bool strict) {
  if (tsn_is_number(key) && tsn_is_typed_array(receiver) && tsn_typed_array_fast_set(tsn_as_object(receiver), key, v)) return;
  if (tsn_is_number(key) && tsn_is_array(receiver)) {
    tsn_object *o = tsn_as_object(receiver);
    double d = tsn_as_double(key);
    if (d >= 0 && d < (double)o->length && !(o->hdr.bits & (TSN_OBJ_FROZEN | TSN_OBJ_NOT_EXTENSIBLE | TSN_OBJ_SPARSE))) {
      uint32_t i = (uint32_t)d;
      if ((double)i == d && i < o->capacity && o->elements[i] != TSN_EMPTY) {
        o->elements[i] = v;
        return;
      }
    }
  }
  if (strict) tsn_set_index(receiver, key, v);
  else tsn_set_index_sloppy(receiver, key, v);
}
static inline void tsn_set_index_inline(tsn_value receiver, tsn_value key, tsn_value v) { tsn_put_index_inline(receiver, key, v, true); }

/* ReferenceError "Cannot access 'x' before initialization" (ECMA-262 9.1.1.1.6 GetBindingValue). */
_Noreturn void tsn_throw_tdz(const char *name);
/* ReferenceError for `this` before super() in a derived constructor (V8's message). */
_Noreturn void tsn_throw_this_tdz(void);
/* Global variable reads (`Math`, `console`, ...) cache the global object's slot per site; any change
 * to the global object's properties bumps tsn_proto_epoch (it is flagged TSN_OBJ_IS_PROTO), which
 * invalidates every such cache. Accessor globals are never cached. */
typedef struct tsn_global_ic { tsn_value *slot; uint32_t epoch; } tsn_global_ic;
tsn_value tsn_global_get_miss(tsn_value name, tsn_global_ic *ic);
static inline tsn_value tsn_global_get_ic(tsn_value name, tsn_global_ic *ic) {
  if (ic->slot != NULL && ic->epoch == tsn_proto_epoch) return *ic->slot;
  return tsn_global_get_miss(name, ic);
}
/* typeof of a possibly undeclared global: "undefined" when absent, never a ReferenceError. */
tsn_value tsn_global_typeof(tsn_value name);
/* Assignment to a name no declaration binds (PutValue on a global reference, ECMA-262 6.2.5.6 and
 * 9.1.1.4.5 SetMutableBinding): strict code throws ReferenceError "x is not defined" when globalThis has
 * no such property; otherwise [[Set]] on globalThis (sloppy code creates the property, and a failed
 * [[Set]] throws only in strict code). */
void tsn_global_set(tsn_value name, tsn_value v, bool strict);
/* `delete x` of such a name in sloppy code (13.5.1.2 with an object environment): globalThis's
 * [[Delete]], true when there is no property. */
bool tsn_global_delete(tsn_value name);
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

#endif
