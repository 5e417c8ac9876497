/*
 * typed_array.c — the parts of binary data the object model needs (typed_array.h): Float16
 * conversions, CanonicalNumericIndexString and the element access of integer-indexed exotic
 * objects (ECMA-262 10.4.5), ToIndex and ArrayBuffer allocation.
 */
#include "typed_array.h"

#include <math.h>

#include "alloc.h"
#include "exception.h"
#include "function.h"
#include "numconv.h"
#include "realm.h"
#include "str.h"

const uint8_t tsn_element_size[TSN_EL_KIND_COUNT] = {1, 1, 1, 2, 2, 4, 4, 2, 4, 8};
const char *const tsn_typed_array_name[TSN_EL_KIND_COUNT] = {
    "Int8Array", "Uint8Array", "Uint8ClampedArray", "Int16Array", "Uint16Array",
    "Int32Array", "Uint32Array", "Float16Array", "Float32Array", "Float64Array",
};

/* Rounds directly from the double (rounding through float would round twice). nearbyint uses the
 * default rounding mode, round-half-to-even; scaling by powers of two is exact. */
uint16_t tsn_double_to_half(double d) {
  uint16_t sign = signbit(d) ? 0x8000 : 0;
  double a = fabs(d);
  if (a != a) return 0x7e00;
  if (a >= 65520.0) return sign | 0x7c00; /* halfway to 2^16 and beyond: infinity */
  if (a < 0x1p-14) return sign | (uint16_t)nearbyint(a * 0x1p24); /* subnormal; 1024 is the least normal */
  int e;
  frexp(a, &e);
  e -= 1; /* 2^e <= a < 2^(e+1) */
  uint32_t m = (uint32_t)nearbyint(ldexp(a, 10 - e));
  if (m == 2048) {
    m = 1024;
    e++;
  }
  if (e > 15) return sign | 0x7c00;
  return sign | (uint16_t)((e + 15) << 10) | (uint16_t)(m - 1024);
}

double tsn_half_to_double(uint16_t h) {
  int e = (h >> 10) & 31, m = h & 1023;
  double v = e == 0 ? ldexp(m, -24) : e == 31 ? (m ? NAN : INFINITY) : ldexp(m + 1024, e - 25);
  return (h & 0x8000) ? -v : v;
}

bool tsn_canonical_numeric_index(tsn_value key, double *out) {
  if (!tsn_is_string(key)) return false;
  uint32_t n = tsn_str_length(key);
  if (n == 0) return false;
  const uint16_t *u = tsn_str_chars(key);
  uint16_t c = u[0];
  if (!((c >= '0' && c <= '9') || c == '-' || c == 'I' || c == 'N')) return false;
  int64_t idx = tsn_str_array_index(key);
  if (idx >= 0) {
    *out = (double)idx;
    return true;
  }
  if (n == 2 && u[0] == '-' && u[1] == '0') {
    *out = -0.0;
    return true;
  }
  double d = tsn_string_to_number(u, n);
  char buf[64];
  int len = tsn_number_to_string(d, buf);
  if ((uint32_t)len != n) return false;
  for (int i = 0; i < len; i++)
    if (u[i] != (uint16_t)(unsigned char)buf[i]) return false;
  *out = d;
  return true;
}

bool tsn_is_valid_integer_index(tsn_object *o, double index) {
  tsn_typed_array *ta = tsn_typed_array_of(o);
  if (ta->buffer->detached) return false;
  if (index != trunc(index) || (index == 0 && signbit(index))) return false;
  return index >= 0 && index < (double)tsn_typed_array_length(ta);
}

tsn_value tsn_typed_array_get_element(tsn_object *o, double index) {
  if (!tsn_is_valid_integer_index(o, index)) return TSN_UNDEFINED;
  tsn_typed_array *ta = tsn_typed_array_of(o);
  return tsn_from_double(tsn_element_load(ta->kind, tsn_typed_array_at(ta, (size_t)index)));
}

void tsn_typed_array_set_element(tsn_object *o, double index, tsn_value v) {
  double num = tsn_to_number(v);
  if (!tsn_is_valid_integer_index(o, index)) return;
  tsn_typed_array *ta = tsn_typed_array_of(o);
  tsn_element_store(ta->kind, tsn_typed_array_at(ta, (size_t)index), num);
}

size_t tsn_to_index(tsn_value v, const char *range_error_format) {
  if (tsn_is_undefined(v)) return 0;
  double d = tsn_to_integer_or_infinity(v);
  if (d < 0 || d > 9007199254740991.0) {
    if (tsn_is_number(v)) {
      char buf[64];
      tsn_number_to_string(tsn_as_double(v), buf);
      tsn_throw_range_error(range_error_format, buf);
    }
    tsn_throw_range_error(range_error_format, tsn_key_text(tsn_to_string(v)));
  }
  return (size_t)d;
}

tsn_object *tsn_array_buffer_new(tsn_value new_target, size_t byte_length, bool resizable, size_t max_byte_length, bool shared) {
  tsn_object *proto = shared ? tsn_intrinsics.shared_array_buffer_prototype : tsn_intrinsics.array_buffer_prototype;
  tsn_object *o = tsn_create_from_constructor(new_target, proto, TSN_CLASS_ARRAY_BUFFER);
  size_t reserve = resizable ? max_byte_length : byte_length;
  tsn_array_buffer *b = tsn_alloc(sizeof(tsn_array_buffer));
  b->data = tsn_alloc_atomic(reserve ? reserve : 1);
  if (!b->data) tsn_throw_range_error("Array buffer allocation failed");
  memset(b->data, 0, reserve);
  b->byte_length = byte_length;
  b->max_byte_length = resizable ? max_byte_length : byte_length;
  b->resizable = resizable;
  b->shared = shared;
  o->internal = b;
  return o;
}

tsn_array_buffer *tsn_array_buffer_of(tsn_value v) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != TSN_CLASS_ARRAY_BUFFER) return NULL;
  return tsn_as_object(v)->internal;
}

_Noreturn void tsn_throw_detached(const char *method) {
  tsn_throw_type_error("Cannot perform %s on a detached ArrayBuffer", method);
}
