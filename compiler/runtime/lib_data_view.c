/*
 * lib_data_view.c — the DataView constructor and prototype (ECMA-262 25.3): views on an ArrayBuffer
 * (fixed or length-tracking on a resizable buffer) and GetViewValue / SetViewValue for every Number
 * element type in either byte order, with V8's messages.
 */
#include "typed_array.h"

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* DataView(buffer [, byteOffset [, byteLength]]) (25.3.2.1). */
BUILTIN(data_view_ctor) {
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Constructor DataView requires 'new'");
  tsn_array_buffer *b = tsn_array_buffer_of(ARG(0));
  if (!b) tsn_throw_type_error("First argument to DataView constructor must be an ArrayBuffer");
  size_t offset = tsn_to_index(ARG(1), "Start offset %s is outside the bounds of the buffer");
  if (b->detached) tsn_throw_detached("DataView");
  size_t bl = b->byte_length;
  if (offset > bl) tsn_throw_range_error("Start offset %zu is outside the bounds of the buffer", offset);
  bool tracking = tsn_is_undefined(ARG(2)) && b->resizable;
  size_t view_length = 0;
  if (!tracking) {
    if (tsn_is_undefined(ARG(2))) {
      view_length = bl - offset;
    } else {
      view_length = tsn_to_index(ARG(2), "Invalid DataView length %s");
      if (offset + view_length > bl) tsn_throw_range_error("Invalid DataView length %zu", view_length);
    }
  }
  tsn_object *o = tsn_create_from_constructor(new_target, tsn_intrinsics.data_view_prototype, TSN_CLASS_DATA_VIEW);
  if (b->detached) tsn_throw_detached("DataView");
  tsn_typed_array *v = tsn_alloc(sizeof(tsn_typed_array));
  v->buffer_object = tsn_as_object(ARG(0));
  v->buffer = b;
  v->byte_offset = offset;
  v->length = view_length;
  v->byte_end = offset + view_length;
  v->kind = TSN_EL_UINT8;
  v->length_tracking = tracking;
  o->internal = v;
  return tsn_from_cell(o);
}

static tsn_typed_array *this_view(tsn_value v, const char *method) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != TSN_CLASS_DATA_VIEW) tsn_lib_throw_incompatible(method, v);
  return tsn_as_object(v)->internal;
}

BUILTIN(data_view_buffer) { return tsn_from_cell(this_view(this_value, "get DataView.prototype.buffer")->buffer_object); }

/* byteLength / byteOffset: TypeError when detached or out of bounds (GetViewByteLength 25.3.1.3). */
BUILTIN(data_view_byte_length) {
  tsn_typed_array *v = this_view(this_value, "get DataView.prototype.byteLength");
  if (tsn_typed_array_out_of_bounds(v)) tsn_throw_detached("get DataView.prototype.byteLength");
  return tsn_from_double((double)tsn_typed_array_length(v));
}

BUILTIN(data_view_byte_offset) {
  tsn_typed_array *v = this_view(this_value, "get DataView.prototype.byteOffset");
  if (tsn_typed_array_out_of_bounds(v)) tsn_throw_detached("get DataView.prototype.byteOffset");
  return tsn_from_double((double)v->byte_offset);
}

/* The view's bytes [index, index + size) after GetViewValue/SetViewValue's checks (25.3.1.5-6). */
static uint8_t *view_bytes(tsn_typed_array *v, size_t index, size_t size, const char *method) {
  if (tsn_typed_array_out_of_bounds(v)) tsn_throw_detached(method);
  size_t view_size = tsn_typed_array_length(v);
  if (index + size > view_size) tsn_throw_range_error("Offset is outside the bounds of the DataView");
  return v->buffer->data + v->byte_offset + index;
}

static void reverse_bytes(uint8_t *p, size_t n) {
  for (size_t i = 0; i < n / 2; i++) {
    uint8_t t = p[i];
    p[i] = p[n - 1 - i];
    p[n - 1 - i] = t;
  }
}

/* GetViewValue(view, requestIndex, isLittleEndian, type) (25.3.1.5). */
static tsn_value get_view_value(tsn_value this_value, int argc, const tsn_value *argv, uint8_t kind, const char *method) {
  tsn_typed_array *v = this_view(this_value, method);
  size_t index = tsn_to_index(ARG(0), "Offset is outside the bounds of the DataView");
  bool little = tsn_to_boolean(ARG(1));
  size_t size = tsn_element_size[kind];
  uint8_t bytes[8];
  memcpy(bytes, view_bytes(v, index, size, method), size);
  if (!little) reverse_bytes(bytes, size);
  return tsn_from_double(tsn_element_load(kind, bytes));
}

/* SetViewValue(view, requestIndex, isLittleEndian, type, value) (25.3.1.6). */
static tsn_value set_view_value(tsn_value this_value, int argc, const tsn_value *argv, uint8_t kind, const char *method) {
  tsn_typed_array *v = this_view(this_value, method);
  size_t index = tsn_to_index(ARG(0), "Offset is outside the bounds of the DataView");
  double value = tsn_to_number(ARG(1));
  bool little = tsn_to_boolean(ARG(2));
  size_t size = tsn_element_size[kind];
  uint8_t bytes[8];
  tsn_element_store(kind, bytes, value);
  if (!little) reverse_bytes(bytes, size);
  memcpy(view_bytes(v, index, size, method), bytes, size);
  return TSN_UNDEFINED;
}

#define VIEW_ACCESSORS(Type, KIND) \
  BUILTIN(data_view_get_##Type) { return get_view_value(this_value, argc, argv, KIND, "DataView.prototype.get" #Type); } \
  BUILTIN(data_view_set_##Type) { return set_view_value(this_value, argc, argv, KIND, "DataView.prototype.set" #Type); }

VIEW_ACCESSORS(Int8, TSN_EL_INT8)
VIEW_ACCESSORS(Uint8, TSN_EL_UINT8)
VIEW_ACCESSORS(Int16, TSN_EL_INT16)
VIEW_ACCESSORS(Uint16, TSN_EL_UINT16)
VIEW_ACCESSORS(Int32, TSN_EL_INT32)
VIEW_ACCESSORS(Uint32, TSN_EL_UINT32)
VIEW_ACCESSORS(Float16, TSN_EL_FLOAT16)
VIEW_ACCESSORS(Float32, TSN_EL_FLOAT32)
VIEW_ACCESSORS(Float64, TSN_EL_FLOAT64)

void tsn_lib_data_view_init(void) {
  tsn_object *p = tsn_intrinsics.data_view_prototype;
  tsn_lib_define_constructor("DataView", data_view_ctor, 1, p);
  tsn_lib_define_getter(p, "buffer", data_view_buffer);
  tsn_lib_define_getter(p, "byteLength", data_view_byte_length);
  tsn_lib_define_getter(p, "byteOffset", data_view_byte_offset);
#define INSTALL(Type) \
  tsn_define_builtin(p, "get" #Type, data_view_get_##Type, 1); \
  tsn_define_builtin(p, "set" #Type, data_view_set_##Type, 2);
  INSTALL(Int8) INSTALL(Uint8) INSTALL(Int16) INSTALL(Uint16) INSTALL(Int32) INSTALL(Uint32)
  INSTALL(Float16) INSTALL(Float32) INSTALL(Float64)
#undef INSTALL
  tsn_lib_define_to_string_tag(p, "DataView");
}
