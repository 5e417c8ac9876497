/*
 * typed_array.h — binary data: ArrayBuffer records (ECMA-262 25.1), TypedArray records (23.2) and
 * the element-kind tables they share with DataView (25.3).
 *
 * An ArrayBuffer object (class TSN_CLASS_ARRAY_BUFFER) has a tsn_array_buffer as `internal`: the
 * bytes live unboxed in pointer-free GC memory. A resizable buffer reserves its maxByteLength up
 * front, so resizing never moves the bytes; detaching drops them (data NULL, byte_length 0).
 * A typed array (class TSN_CLASS_TYPED_ARRAY) has a tsn_typed_array as `internal`: its buffer, its
 * byte offset and either a fixed length or "length-tracking" (created on a resizable buffer without
 * a length: its length follows the buffer). A DataView (class TSN_CLASS_DATA_VIEW) uses the same
 * record with kind TSN_EL_UINT8 (its byte length is its length).
 * Elements are stored little-endian (the host order of every platform tsn targets).
 */
#ifndef TSN_TYPED_ARRAY_H
#define TSN_TYPED_ARRAY_H

#include "conv.h"

/* The element types of Table 71 (23.2), in the order of their constructors' definition. */
typedef enum tsn_element_kind {
  TSN_EL_INT8,
  TSN_EL_UINT8,
  TSN_EL_UINT8_CLAMPED,
  TSN_EL_INT16,
  TSN_EL_UINT16,
  TSN_EL_INT32,
  TSN_EL_UINT32,
  TSN_EL_FLOAT16,
  TSN_EL_FLOAT32,
  TSN_EL_FLOAT64,
  TSN_EL_KIND_COUNT,
} tsn_element_kind;

/* Element size in bytes and constructor name ("Uint8Array") of each kind. */
extern const uint8_t tsn_element_size[TSN_EL_KIND_COUNT];
extern const char *const tsn_typed_array_name[TSN_EL_KIND_COUNT];

typedef struct tsn_array_buffer {
  uint8_t *data;           /* NULL when detached (and possibly for zero bytes) */
  size_t byte_length;      /* [[ArrayBufferByteLength]]; 0 when detached */
  size_t max_byte_length;  /* [[ArrayBufferMaxByteLength]]; == byte_length unless resizable */
  bool resizable, detached;  /* shared buffers: resizable means growable; never detached */
  bool shared;               /* a SharedArrayBuffer (25.2) */
} tsn_array_buffer;

typedef struct tsn_typed_array {
  tsn_object *buffer_object;  /* [[ViewedArrayBuffer]] */
  tsn_array_buffer *buffer;   /* its record */
  size_t byte_offset;         /* [[ByteOffset]] */
  size_t length;              /* [[ArrayLength]] (DataView: [[ByteLength]]); unused when length_tracking */
  size_t byte_end;            /* byte_offset + length * element size (fixed-length views) */
  uint8_t kind;               /* tsn_element_kind */
  bool length_tracking;       /* [[ArrayLength]] is ~auto~ */
} tsn_typed_array;

static inline bool tsn_is_typed_array(tsn_value v) { return tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_TYPED_ARRAY; }
static inline tsn_typed_array *tsn_typed_array_of(tsn_object *o) { return (tsn_typed_array *)o->internal; }

/* Float16 conversions: the nearest binary16 (ties to even, overflow to infinity) as its bits, and
 * back. Used for Float16Array, DataView's Float16 methods and Math.f16round. */
uint16_t tsn_double_to_half(double d);
double tsn_half_to_double(uint16_t h);

/* ToUint8Clamp (7.1.12): round half to even into [0, 255]; NaN to 0. */
static inline uint8_t tsn_to_uint8_clamp(double d) {
  if (!(d > 0)) return 0;
  if (d >= 255) return 255;
  double f = (double)(int)d; /* floor, d > 0 */
  double diff = d - f;
  if (diff < 0.5) return (uint8_t)f;
  if (diff > 0.5) return (uint8_t)(f + 1);
  return ((int)f & 1) ? (uint8_t)(f + 1) : (uint8_t)f;
}

/* ToInt32 modulo 2^32 of a number (the integer conversions of Table 71 keep its low bits). */
static inline uint32_t tsn_number_low_bits(double d) {
  if (d >= -2147483648.0 && d <= 2147483647.0) return (uint32_t)(int32_t)d;
  return (uint32_t)tsn_double_to_int32(d);
}

/* RawBytesToNumeric (25.1.3.16) for the host's byte order. */
static inline double tsn_element_load(uint8_t kind, const uint8_t *p) {
  switch (kind) {
    case TSN_EL_INT8: return *(const int8_t *)p;
    case TSN_EL_UINT8: case TSN_EL_UINT8_CLAMPED: return *p;
    case TSN_EL_INT16: { int16_t v; memcpy(&v, p, 2); return v; }
    case TSN_EL_UINT16: { uint16_t v; memcpy(&v, p, 2); return v; }
    case TSN_EL_INT32: { int32_t v; memcpy(&v, p, 4); return v; }
    case TSN_EL_UINT32: { uint32_t v; memcpy(&v, p, 4); return v; }
    case TSN_EL_FLOAT16: { uint16_t v; memcpy(&v, p, 2); return tsn_half_to_double(v); }
    case TSN_EL_FLOAT32: { float v; memcpy(&v, p, 4); return v; }
    default: { double v; memcpy(&v, p, 8); return v; }
  }
}

/* NumericToRawBytes (25.1.3.18) of an already-converted Number: ToInt8 ... ToUint8Clamp, ToFloat16/32. */
static inline void tsn_element_store(uint8_t kind, uint8_t *p, double d) {
  switch (kind) {
    case TSN_EL_INT8: case TSN_EL_UINT8: *p = (uint8_t)tsn_number_low_bits(d); return;
    case TSN_EL_UINT8_CLAMPED: *p = tsn_to_uint8_clamp(d); return;
    case TSN_EL_INT16: case TSN_EL_UINT16: { uint16_t v = (uint16_t)tsn_number_low_bits(d); memcpy(p, &v, 2); return; }
    case TSN_EL_INT32: case TSN_EL_UINT32: { uint32_t v = tsn_number_low_bits(d); memcpy(p, &v, 4); return; }
    case TSN_EL_FLOAT16: { uint16_t v = tsn_double_to_half(d); memcpy(p, &v, 2); return; }
    case TSN_EL_FLOAT32: { float v = (float)d; memcpy(p, &v, 4); return; }
    default: memcpy(p, &d, 8); return;
  }
}

/* TypedArrayLength of a typed array record (23.2.4.2), 0 when it is out of bounds or detached. */
static inline size_t tsn_typed_array_length(const tsn_typed_array *ta) {
  size_t bl = ta->buffer->byte_length;
  if (!ta->length_tracking) return ta->byte_end <= bl && !ta->buffer->detached ? ta->length : 0;
  return ta->byte_offset <= bl ? (bl - ta->byte_offset) / tsn_element_size[ta->kind] : 0;
}

/* IsTypedArrayOutOfBounds (10.4.5.12), detached buffers included. */
static inline bool tsn_typed_array_out_of_bounds(const tsn_typed_array *ta) {
  if (ta->buffer->detached) return true;
  size_t bl = ta->buffer->byte_length;
  return ta->length_tracking ? ta->byte_offset > bl : ta->byte_end > bl;
}

/* Address of element `i` (i < tsn_typed_array_length). */
static inline uint8_t *tsn_typed_array_at(const tsn_typed_array *ta, size_t i) {
  return ta->buffer->data + ta->byte_offset + i * tsn_element_size[ta->kind];
}

/* Compiled code's element read when `key` is a number: true with *out set for an in-bounds integer
 * index of a fixed-length view; false sends the access to the generic path. */
static inline bool tsn_typed_array_fast_get(tsn_object *o, tsn_value key, tsn_value *out) {
  tsn_typed_array *ta = o->internal;
  double d = tsn_as_double(key);
  if (ta->length_tracking || !(d >= 0 && d < (double)ta->length) || ta->byte_end > ta->buffer->byte_length) return false;
  size_t i = (size_t)d;
  if ((double)i != d) return false;
  *out = tsn_from_double(tsn_element_load(ta->kind, tsn_typed_array_at(ta, i)));
  return true;
}

/* Compiled code's element write when key and value are numbers (no conversion can run user code). */
static inline bool tsn_typed_array_fast_set(tsn_object *o, tsn_value key, tsn_value v) {
  tsn_typed_array *ta = o->internal;
  double d = tsn_as_double(key);
  if (!tsn_is_number(v) || ta->length_tracking || !(d >= 0 && d < (double)ta->length) || ta->byte_end > ta->buffer->byte_length) return false;
  size_t i = (size_t)d;
  if ((double)i != d) return false;
  tsn_element_store(ta->kind, tsn_typed_array_at(ta, i), tsn_as_double(v));
  return true;
}

/* ---- the integer-indexed exotic object (10.4.5), used by object.c ---- */

/* CanonicalNumericIndexString (7.1.21) of a property key: true with *out set when the key is a
 * String whose ToString(ToNumber(key)) is itself, or "-0". */
bool tsn_canonical_numeric_index(tsn_value key, double *out);
/* IsValidIntegerIndex (10.4.5.14). */
bool tsn_is_valid_integer_index(tsn_object *o, double index);
/* TypedArrayGetElement (10.4.5.15): undefined for an invalid index. */
tsn_value tsn_typed_array_get_element(tsn_object *o, double index);
/* TypedArraySetElement (10.4.5.16): converts v with ToNumber first (which may run user code), then
 * writes it if the index is (still) valid. */
void tsn_typed_array_set_element(tsn_object *o, double index, tsn_value v);

/* ---- shared by the binary-data libraries ---- */

/* ToIndex (7.1.22) with the RangeError message V8 uses for the caller ("Invalid typed array length: %s"
 * gets the original number, so pass a format with one %s, or a plain message). */
size_t tsn_to_index(tsn_value v, const char *range_error_format);
/* AllocateArrayBuffer (25.1.3.1), or AllocateSharedArrayBuffer (25.2.2.1) when `shared`, with the
 * prototype from `new_target` (undefined: %ArrayBuffer.prototype% / %SharedArrayBuffer.prototype%):
 * zeroed bytes; max_byte_length is used only when resizable (growable). RangeError "Array buffer
 * allocation failed". */
tsn_object *tsn_array_buffer_new(tsn_value new_target, size_t byte_length, bool resizable, size_t max_byte_length, bool shared);
/* The record of an ArrayBuffer or SharedArrayBuffer object, or NULL for any other value. */
tsn_array_buffer *tsn_array_buffer_of(tsn_value v);
/* V8's TypeError "Cannot perform <method> on a detached ArrayBuffer". */
_Noreturn void tsn_throw_detached(const char *method);

#endif
