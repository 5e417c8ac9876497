/*
 * lib_array_buffer.c — the ArrayBuffer constructor and prototype (ECMA-262 25.1): fixed-length and
 * resizable buffers (maxByteLength, resize), slice through SpeciesConstructor, transfer /
 * transferToFixedLength (ArrayBufferCopyAndDetach) and the detached state; and SharedArrayBuffer
 * (25.2) with growable buffers, which a single-threaded program sees as never-detached
 * ArrayBuffers. V8's messages throughout.
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

static tsn_value array_buffer_constructor, shared_array_buffer_constructor;

/* The receiver as an ArrayBuffer (shared false) or SharedArrayBuffer record, or V8's
 * incompatible-receiver TypeError naming `method`. */
static tsn_array_buffer *this_buffer_of(tsn_value this_value, bool shared, const char *method) {
  tsn_array_buffer *b = tsn_array_buffer_of(this_value);
  if (!b || b->shared != shared) tsn_lib_throw_incompatible(method, this_value);
  return b;
}

static tsn_array_buffer *this_buffer(tsn_value this_value, const char *method) { return this_buffer_of(this_value, false, method); }

/* DetachArrayBuffer (25.1.3.5). */
static void detach(tsn_array_buffer *b) {
  b->data = NULL;
  b->byte_length = b->max_byte_length = 0;
  b->detached = true;
}

/* ArrayBuffer(length [, options]) (25.1.4.1) and SharedArrayBuffer(length [, options]) (25.2.3.1),
 * with GetArrayBufferMaxByteLengthOption (25.1.3.7). */
static tsn_value construct_buffer(int argc, const tsn_value *argv, tsn_value new_target, bool shared) {
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Constructor %s requires 'new'", shared ? "SharedArrayBuffer" : "ArrayBuffer");
  size_t byte_length = tsn_to_index(ARG(0), "Invalid array buffer length");
  tsn_value options = ARG(1);
  bool resizable = false;
  size_t max = 0;
  if (tsn_is_object(options)) {
    tsn_value m = tsn_get(options, tsn_str_intern_ascii("maxByteLength"));
    if (!tsn_is_undefined(m)) {
      resizable = true;
      max = tsn_to_index(m, "Invalid array buffer max length");
      if (byte_length > max) tsn_throw_range_error("Invalid array buffer max length");
    }
  }
  return tsn_from_cell(tsn_array_buffer_new(new_target, byte_length, resizable, max, shared));
}

BUILTIN(array_buffer_ctor) { return construct_buffer(argc, argv, new_target, false); }
BUILTIN(shared_array_buffer_ctor) { return construct_buffer(argc, argv, new_target, true); }

/* ArrayBuffer.isView(arg) (25.1.5.1). */
BUILTIN(array_buffer_is_view) {
  tsn_value v = ARG(0);
  return tsn_from_bool(tsn_is_object(v) && (tsn_as_cell(v)->class_id == TSN_CLASS_TYPED_ARRAY || tsn_as_cell(v)->class_id == TSN_CLASS_DATA_VIEW));
}

BUILTIN(array_buffer_byte_length) {
  return tsn_from_double((double)this_buffer(this_value, "get ArrayBuffer.prototype.byteLength")->byte_length);
}

BUILTIN(array_buffer_max_byte_length) {
  return tsn_from_double((double)this_buffer(this_value, "get ArrayBuffer.prototype.maxByteLength")->max_byte_length);
}

BUILTIN(array_buffer_resizable) { return tsn_from_bool(this_buffer(this_value, "get ArrayBuffer.prototype.resizable")->resizable); }

BUILTIN(array_buffer_detached) { return tsn_from_bool(this_buffer(this_value, "get ArrayBuffer.prototype.detached")->detached); }

BUILTIN(shared_array_buffer_byte_length) {
  return tsn_from_double((double)this_buffer_of(this_value, true, "get SharedArrayBuffer.prototype.byteLength")->byte_length);
}

BUILTIN(shared_array_buffer_max_byte_length) {
  return tsn_from_double((double)this_buffer_of(this_value, true, "get SharedArrayBuffer.prototype.maxByteLength")->max_byte_length);
}

BUILTIN(shared_array_buffer_growable) {
  return tsn_from_bool(this_buffer_of(this_value, true, "get SharedArrayBuffer.prototype.growable")->resizable);
}

/* ArrayBuffer.prototype.slice(start, end) (25.1.6.7) and SharedArrayBuffer.prototype.slice (25.2.5.6). */
static tsn_value slice_buffer(tsn_value this_value, int argc, const tsn_value *argv, bool shared) {
  const char *method = shared ? "SharedArrayBuffer.prototype.slice" : "ArrayBuffer.prototype.slice";
  tsn_array_buffer *b = this_buffer_of(this_value, shared, method);
  if (b->detached) tsn_throw_detached(method);
  int64_t len = (int64_t)b->byte_length;
  int64_t first = tsn_relative_index(ARG(0), len, 0);
  int64_t final = tsn_relative_index(ARG(1), len, len);
  int64_t new_len = final > first ? final - first : 0;
  tsn_value intrinsic = shared ? shared_array_buffer_constructor : array_buffer_constructor;
  tsn_value ctor = tsn_lib_species_constructor(this_value, intrinsic);
  tsn_value arg = tsn_from_double((double)new_len);
  tsn_value result = ctor == intrinsic ? tsn_from_cell(tsn_array_buffer_new(TSN_UNDEFINED, (size_t)new_len, false, 0, shared))
                                       : tsn_construct(ctor, 1, &arg, TSN_UNDEFINED, NULL);
  tsn_array_buffer *r = tsn_array_buffer_of(result);
  if (!r || r->shared != shared) tsn_throw_type_error("Method %s called on incompatible receiver %s", method, tsn_key_text(tsn_lib_receiver_text(result)));
  if (r->detached) tsn_throw_detached(method);
  if (result == this_value) tsn_throw_type_error("ArrayBuffer subclass returned this from species constructor");
  if ((int64_t)r->byte_length < new_len) tsn_throw_type_error("Species constructor returned a too-small buffer");
  if (b->detached) tsn_throw_detached(method);
  int64_t current = (int64_t)b->byte_length;
  if (first < current) {
    int64_t count = current - first < new_len ? current - first : new_len;
    memmove(r->data, b->data + first, (size_t)count);
  }
  return result;
}

BUILTIN(array_buffer_slice) { return slice_buffer(this_value, argc, argv, false); }
BUILTIN(shared_array_buffer_slice) { return slice_buffer(this_value, argc, argv, true); }

/* ArrayBuffer.prototype.resize(newLength) (25.1.6.6): the reserved bytes never move; grown bytes are zero. */
BUILTIN(array_buffer_resize) {
  tsn_array_buffer *b = tsn_array_buffer_of(this_value);
  if (!b || b->shared || !b->resizable) tsn_lib_throw_incompatible("ArrayBuffer.prototype.resize", this_value);
  double d = tsn_to_integer_or_infinity(ARG(0));
  if (b->detached) tsn_throw_detached("ArrayBuffer.prototype.resize");
  if (d < 0 || d > (double)b->max_byte_length) tsn_throw_range_error("ArrayBuffer.prototype.resize: Invalid length parameter");
  size_t n = (size_t)d;
  if (n > b->byte_length) memset(b->data + b->byte_length, 0, n - b->byte_length);
  b->byte_length = n;
  return TSN_UNDEFINED;
}

/* SharedArrayBuffer.prototype.grow(newLength) (25.2.5.3): never shrinks. */
BUILTIN(shared_array_buffer_grow) {
  tsn_array_buffer *b = tsn_array_buffer_of(this_value);
  if (!b || !b->shared || !b->resizable) tsn_lib_throw_incompatible("SharedArrayBuffer.prototype.grow", this_value);
  double d = tsn_to_integer_or_infinity(ARG(0));
  if (d < (double)b->byte_length || d > (double)b->max_byte_length) tsn_throw_range_error("SharedArrayBuffer.prototype.grow: Invalid length parameter");
  size_t n = (size_t)d;
  memset(b->data + b->byte_length, 0, n - b->byte_length);
  b->byte_length = n;
  return TSN_UNDEFINED;
}

/* ArrayBufferCopyAndDetach(O, newLength, preserveResizability) (25.1.3.3). */
static tsn_value copy_and_detach(tsn_value this_value, tsn_value new_length, bool preserve, const char *method) {
  tsn_array_buffer *b = this_buffer(this_value, method);
  size_t n = tsn_is_undefined(new_length) ? b->byte_length : tsn_to_index(new_length, "Invalid array buffer length");
  if (b->detached) tsn_throw_detached(method);
  bool resizable = preserve && b->resizable;
  if (resizable && n > b->max_byte_length) tsn_throw_range_error("Invalid array buffer length");
  tsn_object *o = tsn_array_buffer_new(TSN_UNDEFINED, n, resizable, b->max_byte_length, false);
  tsn_array_buffer *r = o->internal;
  memcpy(r->data, b->data, n < b->byte_length ? n : b->byte_length);
  detach(b);
  return tsn_from_cell(o);
}

BUILTIN(array_buffer_transfer) { return copy_and_detach(this_value, ARG(0), true, "ArrayBuffer.prototype.transfer"); }

BUILTIN(array_buffer_transfer_to_fixed_length) {
  return copy_and_detach(this_value, ARG(0), false, "ArrayBuffer.prototype.transferToFixedLength");
}

void tsn_lib_array_buffer_init(void) {
  tsn_object *p = tsn_intrinsics.array_buffer_prototype;
  array_buffer_constructor = tsn_lib_define_constructor("ArrayBuffer", array_buffer_ctor, 1, p);
  tsn_object *ctor = tsn_as_object(array_buffer_constructor);
  tsn_define_builtin(ctor, "isView", array_buffer_is_view, 1);
  tsn_lib_define_species(ctor);
  tsn_lib_define_getter(p, "byteLength", array_buffer_byte_length);
  tsn_define_builtin(p, "slice", array_buffer_slice, 2);
  tsn_lib_define_getter(p, "maxByteLength", array_buffer_max_byte_length);
  tsn_lib_define_getter(p, "resizable", array_buffer_resizable);
  tsn_define_builtin(p, "resize", array_buffer_resize, 1);
  tsn_define_builtin(p, "transfer", array_buffer_transfer, 0);
  tsn_define_builtin(p, "transferToFixedLength", array_buffer_transfer_to_fixed_length, 0);
  tsn_lib_define_getter(p, "detached", array_buffer_detached);
  tsn_lib_define_to_string_tag(p, "ArrayBuffer");

  tsn_object *sp = tsn_intrinsics.shared_array_buffer_prototype;
  shared_array_buffer_constructor = tsn_lib_define_constructor("SharedArrayBuffer", shared_array_buffer_ctor, 1, sp);
  tsn_lib_define_species(tsn_as_object(shared_array_buffer_constructor));
  tsn_lib_define_getter(sp, "byteLength", shared_array_buffer_byte_length);
  tsn_define_builtin(sp, "slice", shared_array_buffer_slice, 2);
  tsn_lib_define_getter(sp, "maxByteLength", shared_array_buffer_max_byte_length);
  tsn_lib_define_getter(sp, "growable", shared_array_buffer_growable);
  tsn_define_builtin(sp, "grow", shared_array_buffer_grow, 1);
  tsn_lib_define_to_string_tag(sp, "SharedArrayBuffer");
}
