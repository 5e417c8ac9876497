/*
 * lib_atomics.c — the Atomics namespace (ECMA-262 25.4) for a single agent: the read-modify-write
 * operations run on the element bytes (no other agent can observe them in between), wait can only
 * time out (nobody else can notify) and notify finds no waiters. Errors as V8 words them.
 */
#include <math.h>
#include <time.h>

#include "typed_array.h"

#include "atoms.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* ValidateIntegerTypedArray (25.4.3.1): an integer typed array (only Int32Array when `waitable`; no
 * BigInt64Array without BigInt) that is not detached. */
static tsn_typed_array *validate_integer(tsn_value v, bool waitable, const char *method) {
  if (!tsn_is_typed_array(v)) tsn_throw_type_error("%s is not an integer typed array.", tsn_key_text(tsn_lib_receiver_text(v)));
  tsn_typed_array *ta = tsn_typed_array_of(tsn_as_object(v));
  uint8_t k = ta->kind;
  if (waitable ? k != TSN_EL_INT32 : (k == TSN_EL_UINT8_CLAMPED || k >= TSN_EL_FLOAT16))
    tsn_throw_type_error(waitable ? "%s is not an int32 or BigInt64 typed array." : "%s is not an integer typed array.",
                         tsn_key_text(tsn_lib_receiver_text(v)));
  if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached(method);
  return ta;
}

/* ValidateAtomicAccess (25.4.3.2): the element index, RangeError "Invalid atomic access index". */
static size_t validate_access(tsn_typed_array *ta, tsn_value request) {
  size_t index = tsn_to_index(request, "Invalid atomic access index");
  if (index >= tsn_typed_array_length(ta)) tsn_throw_range_error("Invalid atomic access index");
  return index;
}

/* Revalidation after the value conversions ran user code (25.4.3.17 step 4). */
static uint8_t *element_after_conversion(tsn_typed_array *ta, size_t index, const char *method) {
  if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached(method);
  if (index >= tsn_typed_array_length(ta)) tsn_throw_range_error("Invalid atomic access index");
  return tsn_typed_array_at(ta, index);
}

/* The element's raw bits, zero-extended. */
static uint32_t raw_bits(uint8_t kind, const uint8_t *p) { return tsn_number_low_bits(tsn_element_load(kind, p)); }

typedef uint32_t (*rmw_op)(uint32_t old, uint32_t v);
static uint32_t op_add(uint32_t a, uint32_t b) { return a + b; }
static uint32_t op_sub(uint32_t a, uint32_t b) { return a - b; }
static uint32_t op_and(uint32_t a, uint32_t b) { return a & b; }
static uint32_t op_or(uint32_t a, uint32_t b) { return a | b; }
static uint32_t op_xor(uint32_t a, uint32_t b) { return a ^ b; }
static uint32_t op_exchange(uint32_t a, uint32_t b) { (void)a; return b; }

/* AtomicReadModifyWrite (25.4.3.17): returns the old element value. */
static tsn_value read_modify_write(int argc, const tsn_value *argv, rmw_op op, const char *method) {
  tsn_typed_array *ta = validate_integer(ARG(0), false, method);
  size_t index = validate_access(ta, ARG(1));
  double v = tsn_to_integer_or_infinity(ARG(2));
  uint8_t *p = element_after_conversion(ta, index, method);
  double old = tsn_element_load(ta->kind, p);
  tsn_element_store(ta->kind, p, (double)op(raw_bits(ta->kind, p), tsn_number_low_bits(v)));
  return tsn_from_double(old);
}

BUILTIN(atomics_add) { return read_modify_write(argc, argv, op_add, "Atomics.add"); }
BUILTIN(atomics_sub) { return read_modify_write(argc, argv, op_sub, "Atomics.sub"); }
BUILTIN(atomics_and) { return read_modify_write(argc, argv, op_and, "Atomics.and"); }
BUILTIN(atomics_or) { return read_modify_write(argc, argv, op_or, "Atomics.or"); }
BUILTIN(atomics_xor) { return read_modify_write(argc, argv, op_xor, "Atomics.xor"); }
BUILTIN(atomics_exchange) { return read_modify_write(argc, argv, op_exchange, "Atomics.exchange"); }

/* Atomics.compareExchange (25.4.5): compares the raw bytes of the converted expected value. */
BUILTIN(atomics_compare_exchange) {
  tsn_typed_array *ta = validate_integer(ARG(0), false, "Atomics.compareExchange");
  size_t index = validate_access(ta, ARG(1));
  double expected = tsn_to_integer_or_infinity(ARG(2));
  double replacement = tsn_to_integer_or_infinity(ARG(3));
  uint8_t *p = element_after_conversion(ta, index, "Atomics.compareExchange");
  uint8_t expected_bytes[8];
  tsn_element_store(ta->kind, expected_bytes, expected);
  double old = tsn_element_load(ta->kind, p);
  if (memcmp(expected_bytes, p, tsn_element_size[ta->kind]) == 0) tsn_element_store(ta->kind, p, replacement);
  return tsn_from_double(old);
}

BUILTIN(atomics_load) {
  tsn_typed_array *ta = validate_integer(ARG(0), false, "Atomics.load");
  size_t index = validate_access(ta, ARG(1));
  return tsn_from_double(tsn_element_load(ta->kind, element_after_conversion(ta, index, "Atomics.load")));
}

/* Atomics.store (25.4.12): returns ToIntegerOrInfinity(value) (-0 as +0). */
BUILTIN(atomics_store) {
  tsn_typed_array *ta = validate_integer(ARG(0), false, "Atomics.store");
  size_t index = validate_access(ta, ARG(1));
  double v = tsn_to_integer_or_infinity(ARG(2)) + 0.0;
  tsn_element_store(ta->kind, element_after_conversion(ta, index, "Atomics.store"), v);
  return tsn_from_double(v);
}

BUILTIN(atomics_is_lock_free) {
  double n = tsn_to_integer_or_infinity(ARG(0));
  return tsn_from_bool(n == 1 || n == 2 || n == 4 || n == 8);
}

/* Atomics.wait (25.4.13 DoWait): in a single agent only "not-equal" or, after the timeout, "timed-out". */
BUILTIN(atomics_wait) {
  tsn_typed_array *ta = validate_integer(ARG(0), true, "Atomics.wait");
  if (!ta->buffer->shared) tsn_throw_type_error("%s is not a shared typed array.", tsn_key_text(tsn_lib_receiver_text(ARG(0))));
  size_t index = validate_access(ta, ARG(1));
  int32_t v = tsn_to_int32(ARG(2));
  double q = tsn_to_number(ARG(3));
  double timeout = q != q ? INFINITY : fmax(q, 0);
  if ((int32_t)raw_bits(ta->kind, tsn_typed_array_at(ta, index)) != v) return tsn_str_intern_ascii("not-equal");
  for (;;) {
    double seconds = fmin(timeout / 1000, 86400);
    struct timespec ts = {(time_t)seconds, (long)((seconds - floor(seconds)) * 1e9)};
    nanosleep(&ts, NULL);
    if (!isinf(timeout)) break; /* no other agent can ever notify: an infinite wait never ends */
  }
  return tsn_str_intern_ascii("timed-out");
}

/* Atomics.notify (25.4.15): validates, then wakes nobody. */
BUILTIN(atomics_notify) {
  tsn_typed_array *ta = validate_integer(ARG(0), true, "Atomics.notify");
  validate_access(ta, ARG(1));
  if (!tsn_is_undefined(ARG(2))) tsn_to_integer_or_infinity(ARG(2));
  return tsn_from_double(0);
}

/* Atomics.pause (25.4.10): a spin-wait hint. */
BUILTIN(atomics_pause) {
  tsn_value n = ARG(0);
  if (!tsn_is_undefined(n) && !(tsn_is_number(n) && tsn_as_double(n) == trunc(tsn_as_double(n))))
    tsn_throw_type_error("Atomics.pause argument must be undefined or an integer");
  return TSN_UNDEFINED;
}

void tsn_lib_atomics_init(void) {
  tsn_object *a = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_builtin(a, "load", atomics_load, 2);
  tsn_define_builtin(a, "store", atomics_store, 3);
  tsn_define_builtin(a, "add", atomics_add, 3);
  tsn_define_builtin(a, "sub", atomics_sub, 3);
  tsn_define_builtin(a, "and", atomics_and, 3);
  tsn_define_builtin(a, "or", atomics_or, 3);
  tsn_define_builtin(a, "xor", atomics_xor, 3);
  tsn_define_builtin(a, "exchange", atomics_exchange, 3);
  tsn_define_builtin(a, "compareExchange", atomics_compare_exchange, 4);
  tsn_define_builtin(a, "isLockFree", atomics_is_lock_free, 1);
  tsn_define_builtin(a, "wait", atomics_wait, 4);
  tsn_define_builtin(a, "notify", atomics_notify, 3);
  tsn_define_builtin(a, "pause", atomics_pause, 0);
  tsn_lib_define_to_string_tag(a, "Atomics");
  tsn_lib_define_value(tsn_intrinsics.global, "Atomics", tsn_from_cell(a), TSN_ATTR_HIDDEN);
}
