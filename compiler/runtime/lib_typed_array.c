/*
 * lib_typed_array.c — %TypedArray% and its nine concrete constructors (ECMA-262 23.2): Int8Array ...
 * Float64Array and Float16Array, their construction from a length, a typed array, an ArrayBuffer
 * (offset, length, length-tracking on resizable buffers), an iterable or an array-like, the statics
 * from/of, and %TypedArray%.prototype. Elements live unboxed in the buffer (typed_array.h); the
 * methods re-validate the view after any user code ran, as the spec's algorithms do, so a buffer
 * detached or shrunk by a callback reads as undefined and is written to nowhere.
 */
#include <math.h>
#include <stdlib.h>

#include "typed_array.h"

#include "alloc.h"
#include "array_sort.h"
#include "atoms.h"
#include "exception.h"
#include "iter.h"
#include "lib_iterator.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

#define ARG(i) tsn_arg(argc, argv, i)
#define BUILTIN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* The concrete constructors and their prototypes, by element kind. */
static tsn_value kind_constructor[TSN_EL_KIND_COUNT];
static tsn_object *kind_prototype[TSN_EL_KIND_COUNT];

/* ---- creation ---- */

/* A typed array object viewing `buffer` (a fixed length, or length-tracking). */
static tsn_object *view_new(tsn_value new_target, uint8_t kind, tsn_object *buffer, size_t byte_offset, size_t length, bool tracking) {
  tsn_object *o = tsn_create_from_constructor(new_target, kind_prototype[kind], TSN_CLASS_TYPED_ARRAY);
  tsn_typed_array *ta = tsn_alloc(sizeof(tsn_typed_array));
  ta->buffer_object = buffer;
  ta->buffer = buffer->internal;
  ta->byte_offset = byte_offset;
  ta->length = tracking ? 0 : length;
  ta->byte_end = byte_offset + length * tsn_element_size[kind];
  ta->kind = kind;
  ta->length_tracking = tracking;
  o->internal = ta;
  return o;
}

/* AllocateTypedArray with a fresh buffer of `length` elements (23.2.5.1.1 / 23.2.5.1.6). */
static tsn_object *allocate(tsn_value new_target, uint8_t kind, size_t length) {
  if (length > 9007199254740991.0 / tsn_element_size[kind]) tsn_throw_range_error("Invalid typed array length: %zu", length);
  tsn_object *buffer = tsn_array_buffer_new(TSN_UNDEFINED, length * tsn_element_size[kind], false, 0, false);
  return view_new(new_target, kind, buffer, 0, length, false);
}

/* The element kind of a concrete constructor, or -1. */
static int kind_of_constructor(tsn_value c) {
  for (int k = 0; k < TSN_EL_KIND_COUNT; k++)
    if (kind_constructor[k] == c) return k;
  return -1;
}

/* ValidateTypedArray (23.2.4.4): the receiver's record and its current length; TypeErrors "this is
 * not a typed array." and "Cannot perform <method> on a detached ArrayBuffer" (also when out of bounds). */
static tsn_typed_array *validate(tsn_value v, const char *method, size_t *len) {
  if (!tsn_is_typed_array(v)) tsn_throw_type_error("this is not a typed array.");
  tsn_typed_array *ta = tsn_typed_array_of(tsn_as_object(v));
  if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached(method);
  if (len) *len = tsn_typed_array_length(ta);
  return ta;
}

/* TypedArrayCreateFromConstructor (23.2.4.2): constructs C with the arguments and validates the
 * result; with one Number argument the result must have at least that many elements. */
static tsn_object *create_from_constructor(tsn_value c, int argc, const tsn_value *argv, const char *method) {
  int kind = kind_of_constructor(c);
  if (kind >= 0 && argc == 1 && tsn_is_number(argv[0])) return allocate(TSN_UNDEFINED, (uint8_t)kind, (size_t)tsn_as_double(argv[0]));
  tsn_value r = tsn_construct(c, argc, argv, TSN_UNDEFINED, NULL);
  size_t len;
  validate(r, method, &len);
  if (argc == 1 && tsn_is_number(argv[0]) && (double)len < tsn_as_double(argv[0]))
    tsn_throw_type_error("Derived TypedArray constructor created an array which was too small");
  return tsn_as_object(r);
}

/* TypedArraySpeciesCreate (23.2.4.1) with one length argument or (buffer, offset[, length]). */
static tsn_object *species_create(tsn_value exemplar, int argc, const tsn_value *argv, const char *method) {
  uint8_t kind = tsn_typed_array_of(tsn_as_object(exemplar))->kind;
  tsn_value c = tsn_lib_species_constructor(exemplar, kind_constructor[kind]);
  return create_from_constructor(c, argc, argv, method);
}

static tsn_object *species_create_length(tsn_value exemplar, size_t length, const char *method) {
  tsn_value n = tsn_from_double((double)length);
  return species_create(exemplar, 1, &n, method);
}

/* Set(target, k, v, true) on a typed array. */
static void put(tsn_object *target, size_t k, tsn_value v) { tsn_typed_array_set_element(target, (double)k, v); }

/* Get(O, k) on a typed array (undefined once out of bounds). */
static tsn_value get(tsn_object *o, size_t k) { return tsn_typed_array_get_element(o, (double)k); }

/* The values of an iterable (IteratorToList) as a plain array. */
static tsn_value iterable_to_list(tsn_value iterable) {
  tsn_value list = tsn_new_array(0);
  tsn_array_append_iterable(list, iterable, NULL);
  return list;
}

/* GetMethod(obj, @@iterator): undefined when nullish, TypeError when not callable. */
static tsn_value iterator_method(tsn_value obj) {
  tsn_value m = tsn_get(obj, tsn_intrinsics.symbol_iterator);
  if (tsn_is_nullish(m)) return TSN_UNDEFINED;
  tsn_lib_require_callable(m);
  return m;
}

/* InitializeTypedArrayFromArrayBuffer (23.2.5.1.3). */
static tsn_object *from_buffer(tsn_value new_target, uint8_t kind, tsn_object *buffer, tsn_value byte_offset, tsn_value length) {
  size_t size = tsn_element_size[kind];
  size_t offset = tsn_to_index(byte_offset, "Start offset %s is outside the bounds of the buffer");
  if (offset % size) tsn_throw_range_error("start offset of %s should be a multiple of %zu", tsn_typed_array_name[kind], size);
  size_t new_length = tsn_is_undefined(length) ? 0 : tsn_to_index(length, "Invalid typed array length: %s");
  tsn_array_buffer *b = buffer->internal;
  if (b->detached) tsn_throw_detached("Construct");
  size_t bl = b->byte_length;
  if (tsn_is_undefined(length) && b->resizable) {
    if (offset > bl) tsn_throw_range_error("Start offset %zu is outside the bounds of the buffer", offset);
    return view_new(new_target, kind, buffer, offset, 0, true);
  }
  if (tsn_is_undefined(length)) {
    if (bl % size) tsn_throw_range_error("byte length of %s should be a multiple of %zu", tsn_typed_array_name[kind], size);
    if (offset > bl) tsn_throw_range_error("Start offset %zu is outside the bounds of the buffer", offset);
    return view_new(new_target, kind, buffer, offset, (bl - offset) / size, false);
  }
  if (offset + new_length * size > bl) tsn_throw_range_error("Invalid typed array length: %zu", new_length);
  return view_new(new_target, kind, buffer, offset, new_length, false);
}

/* InitializeTypedArrayFromTypedArray (23.2.5.1.2): element values converted to the new kind. */
static tsn_object *from_typed_array(tsn_value new_target, uint8_t kind, tsn_object *src) {
  tsn_typed_array *s = tsn_typed_array_of(src);
  if (tsn_typed_array_out_of_bounds(s)) tsn_throw_detached("Construct");
  size_t len = tsn_typed_array_length(s);
  tsn_object *o = allocate(new_target, kind, len);
  tsn_typed_array *t = o->internal;
  if (s->kind == kind) memcpy(tsn_typed_array_at(t, 0), tsn_typed_array_at(s, 0), len * tsn_element_size[kind]);
  else
    for (size_t i = 0; i < len; i++) tsn_element_store(kind, tsn_typed_array_at(t, i), tsn_element_load(s->kind, tsn_typed_array_at(s, i)));
  return o;
}

/* InitializeTypedArrayFromList / FromArrayLike (23.2.5.1.4-5). */
static tsn_object *from_object(tsn_value new_target, uint8_t kind, tsn_value obj) {
  tsn_value using_iterator = iterator_method(obj);
  tsn_value source = tsn_is_undefined(using_iterator) ? obj : iterable_to_list(obj);
  size_t len = tsn_is_array(source) ? tsn_as_object(source)->length : (size_t)tsn_to_length(tsn_get(source, tsn_atom.length));
  tsn_object *o = allocate(new_target, kind, len);
  for (size_t k = 0; k < len; k++) put(o, k, tsn_get_index(source, tsn_from_double((double)k)));
  return o;
}

/* The TypedArray constructors (23.2.5.1): `callee` names the element kind. */
BUILTIN(typed_array_ctor) {
  uint8_t kind = (uint8_t)kind_of_constructor(tsn_from_cell(callee));
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Constructor %s requires 'new'", tsn_typed_array_name[kind]);
  tsn_value first = ARG(0);
  if (!tsn_is_object(first)) return tsn_from_cell(allocate(new_target, kind, tsn_to_index(first, "Invalid typed array length: %s")));
  uint16_t cls = tsn_as_cell(first)->class_id;
  if (cls == TSN_CLASS_TYPED_ARRAY) return tsn_from_cell(from_typed_array(new_target, kind, tsn_as_object(first)));
  if (cls == TSN_CLASS_ARRAY_BUFFER) return tsn_from_cell(from_buffer(new_target, kind, tsn_as_object(first), ARG(1), ARG(2)));
  return tsn_from_cell(from_object(new_target, kind, first));
}

/* %TypedArray% (23.2.1.1). */
BUILTIN(abstract_typed_array_ctor) { tsn_throw_type_error("Abstract class TypedArray not directly constructable"); }

/* ---- statics ---- */

/* %TypedArray%.from(source [, mapfn [, thisArg]]) (23.2.2.1). */
BUILTIN(typed_array_from) {
  if (!tsn_is_constructor(this_value)) tsn_throw_type_error("%s is not a constructor", tsn_key_text(tsn_lib_receiver_text(this_value)));
  tsn_value source = ARG(0), mapfn = ARG(1), this_arg = ARG(2);
  bool mapping = !tsn_is_undefined(mapfn);
  if (mapping) tsn_lib_require_callable(mapfn);
  tsn_value using_iterator = iterator_method(source);
  tsn_value list = tsn_is_undefined(using_iterator) ? tsn_from_cell(tsn_to_object(source)) : iterable_to_list(source);
  double len = tsn_is_array(list) ? tsn_as_object(list)->length : (double)tsn_to_length(tsn_get(list, tsn_atom.length));
  tsn_value n = tsn_from_double(len);
  tsn_object *target = create_from_constructor(this_value, 1, &n, "%TypedArray%.from");
  for (size_t k = 0; k < (size_t)len; k++) {
    tsn_value v = tsn_get_index(list, tsn_from_double((double)k));
    if (mapping) {
      tsn_value args[2] = {v, tsn_from_double((double)k)};
      v = tsn_call(mapfn, this_arg, 2, args, NULL);
    }
    tsn_set_index(tsn_from_cell(target), tsn_from_double((double)k), v);
  }
  return tsn_from_cell(target);
}

/* %TypedArray%.of(...items) (23.2.2.2). */
BUILTIN(typed_array_of) {
  if (!tsn_is_constructor(this_value)) tsn_throw_type_error("%s is not a constructor", tsn_key_text(tsn_lib_receiver_text(this_value)));
  tsn_value n = tsn_from_double(argc);
  tsn_object *target = create_from_constructor(this_value, 1, &n, "%TypedArray%.of");
  for (int k = 0; k < argc; k++) tsn_set_index(tsn_from_cell(target), tsn_from_double(k), argv[k]);
  return tsn_from_cell(target);
}

/* ---- accessors ---- */

static tsn_typed_array *this_record(tsn_value v, const char *getter) {
  if (!tsn_is_typed_array(v)) tsn_lib_throw_incompatible(getter, v);
  return tsn_typed_array_of(tsn_as_object(v));
}

BUILTIN(typed_array_buffer) { return tsn_from_cell(this_record(this_value, "get TypedArray.prototype.buffer")->buffer_object); }

BUILTIN(typed_array_byte_length) {
  tsn_typed_array *ta = this_record(this_value, "get TypedArray.prototype.byteLength");
  return tsn_from_double((double)(tsn_typed_array_length(ta) * tsn_element_size[ta->kind]));
}

BUILTIN(typed_array_byte_offset) {
  tsn_typed_array *ta = this_record(this_value, "get TypedArray.prototype.byteOffset");
  return tsn_from_double(tsn_typed_array_out_of_bounds(ta) ? 0 : (double)ta->byte_offset);
}

BUILTIN(typed_array_length_getter) {
  return tsn_from_double((double)tsn_typed_array_length(this_record(this_value, "get TypedArray.prototype.length")));
}

BUILTIN(typed_array_to_string_tag) {
  if (!tsn_is_typed_array(this_value)) return TSN_UNDEFINED;
  return tsn_str_intern_ascii(tsn_typed_array_name[tsn_typed_array_of(tsn_as_object(this_value))->kind]);
}

/* ---- iteration with callbacks ---- */

#define VALIDATE(method) \
  size_t len; \
  tsn_typed_array *ta = validate(this_value, "%TypedArray%.prototype." method, &len); \
  tsn_object *o = tsn_as_object(this_value); \
  (void)ta, (void)o

/* V8's TypeError for a callback of the typed array methods: "<value> is not a function". */
static void require_callable(tsn_value fn) {
  if (!tsn_is_callable(fn)) tsn_throw_type_error("%s is not a function", tsn_key_text(tsn_lib_receiver_text(fn)));
}

/* callback(value, k, O) with thisArg. */
static tsn_value call3(tsn_value fn, tsn_value this_arg, tsn_value v, size_t k, tsn_value o) {
  tsn_value args[3] = {v, tsn_from_double((double)k), o};
  return tsn_call(fn, this_arg, 3, args, NULL);
}

BUILTIN(typed_array_for_each) {
  VALIDATE("forEach");
  require_callable(ARG(0));
  for (size_t k = 0; k < len; k++) call3(ARG(0), ARG(1), get(o, k), k, this_value);
  return TSN_UNDEFINED;
}

BUILTIN(typed_array_every) {
  VALIDATE("every");
  require_callable(ARG(0));
  for (size_t k = 0; k < len; k++)
    if (!tsn_to_boolean(call3(ARG(0), ARG(1), get(o, k), k, this_value))) return TSN_FALSE;
  return TSN_TRUE;
}

BUILTIN(typed_array_some) {
  VALIDATE("some");
  require_callable(ARG(0));
  for (size_t k = 0; k < len; k++)
    if (tsn_to_boolean(call3(ARG(0), ARG(1), get(o, k), k, this_value))) return TSN_TRUE;
  return TSN_FALSE;
}

/* FindViaPredicate (23.1.3.12.1): the value or the index of the first (or last) match. */
static tsn_value find_via_predicate(tsn_value this_value, int argc, const tsn_value *argv, const char *method, bool ascending, bool want_index) {
  size_t len;
  validate(this_value, method, &len);
  tsn_object *o = tsn_as_object(this_value);
  require_callable(ARG(0));
  for (size_t i = 0; i < len; i++) {
    size_t k = ascending ? i : len - 1 - i;
    tsn_value v = get(o, k);
    if (tsn_to_boolean(call3(ARG(0), ARG(1), v, k, this_value))) return want_index ? tsn_from_double((double)k) : v;
  }
  return want_index ? tsn_from_double(-1) : TSN_UNDEFINED;
}

BUILTIN(typed_array_find) { return find_via_predicate(this_value, argc, argv, "%TypedArray%.prototype.find", true, false); }
BUILTIN(typed_array_find_index) { return find_via_predicate(this_value, argc, argv, "%TypedArray%.prototype.findIndex", true, true); }
BUILTIN(typed_array_find_last) { return find_via_predicate(this_value, argc, argv, "%TypedArray%.prototype.findLast", false, false); }
BUILTIN(typed_array_find_last_index) { return find_via_predicate(this_value, argc, argv, "%TypedArray%.prototype.findLastIndex", false, true); }

BUILTIN(typed_array_map) {
  VALIDATE("map");
  require_callable(ARG(0));
  tsn_object *a = species_create_length(this_value, len, "%TypedArray%.prototype.map");
  for (size_t k = 0; k < len; k++) put(a, k, call3(ARG(0), ARG(1), get(o, k), k, this_value));
  return tsn_from_cell(a);
}

BUILTIN(typed_array_filter) {
  VALIDATE("filter");
  require_callable(ARG(0));
  tsn_value kept = tsn_new_array(0);
  for (size_t k = 0; k < len; k++) {
    tsn_value v = get(o, k);
    if (tsn_to_boolean(call3(ARG(0), ARG(1), v, k, this_value))) tsn_array_push(kept, v);
  }
  uint32_t n = tsn_as_object(kept)->length;
  tsn_object *a = species_create_length(this_value, n, "%TypedArray%.prototype.filter");
  for (uint32_t k = 0; k < n; k++) put(a, k, tsn_as_object(kept)->elements[k]);
  return tsn_from_cell(a);
}

/* reduce / reduceRight (23.2.3.23-24). */
static tsn_value reduce(tsn_value this_value, int argc, const tsn_value *argv, const char *method, bool right) {
  size_t len;
  validate(this_value, method, &len);
  tsn_object *o = tsn_as_object(this_value);
  require_callable(ARG(0));
  if (len == 0 && argc < 2) tsn_throw_type_error("Reduce of empty array with no initial value");
  size_t i = 0;
  tsn_value acc;
  if (argc >= 2) acc = argv[1];
  else acc = get(o, right ? len - 1 : 0), i = 1;
  for (; i < len; i++) {
    size_t k = right ? len - 1 - i : i;
    tsn_value args[4] = {acc, get(o, k), tsn_from_double((double)k), this_value};
    acc = tsn_call(ARG(0), TSN_UNDEFINED, 4, args, NULL);
  }
  return acc;
}

BUILTIN(typed_array_reduce) { return reduce(this_value, argc, argv, "%TypedArray%.prototype.reduce", false); }
BUILTIN(typed_array_reduce_right) { return reduce(this_value, argc, argv, "%TypedArray%.prototype.reduceRight", true); }

/* ---- searching ---- */

/* indexOf / lastIndexOf (IsStrictlyEqual) and includes (SameValueZero) (23.2.3.16-18). */
BUILTIN(typed_array_index_of) {
  VALIDATE("indexOf");
  if (len == 0) return tsn_from_double(-1);
  int64_t k = tsn_relative_index(ARG(1), (int64_t)len, 0);
  for (; (size_t)k < len; k++) {
    tsn_value v = get(o, (size_t)k);
    if (tsn_is_number(ARG(0)) && tsn_is_number(v) && tsn_as_double(v) == tsn_as_double(ARG(0))) return tsn_from_double((double)k);
  }
  return tsn_from_double(-1);
}

BUILTIN(typed_array_last_index_of) {
  VALIDATE("lastIndexOf");
  if (len == 0) return tsn_from_double(-1);
  double from = argc > 1 ? tsn_to_integer_or_infinity(argv[1]) : (double)len - 1;
  double k = from >= 0 ? fmin(from, (double)len - 1) : (double)len + from;
  for (; k >= 0; k--) {
    tsn_value v = get(o, (size_t)k);
    if (tsn_is_number(ARG(0)) && tsn_is_number(v) && tsn_as_double(v) == tsn_as_double(ARG(0))) return tsn_from_double(k);
  }
  return tsn_from_double(-1);
}

BUILTIN(typed_array_includes) {
  VALIDATE("includes");
  if (len == 0) return TSN_FALSE;
  int64_t k = tsn_relative_index(ARG(1), (int64_t)len, 0);
  for (; (size_t)k < len; k++)
    if (tsn_same_value_zero(get(o, (size_t)k), ARG(0))) return TSN_TRUE;
  return TSN_FALSE;
}

BUILTIN(typed_array_at) {
  VALIDATE("at");
  double rel = tsn_to_integer_or_infinity(ARG(0));
  double k = rel >= 0 ? rel : (double)len + rel;
  if (k < 0 || k >= (double)len) return TSN_UNDEFINED;
  return get(o, (size_t)k);
}

/* join and toLocaleString are Array.prototype's algorithms after ValidateTypedArray. */
static tsn_value array_method(const char *name, tsn_value this_value, int argc, const tsn_value *argv) {
  return tsn_call(tsn_get(tsn_from_cell(tsn_intrinsics.array_prototype), tsn_str_intern_ascii(name)), this_value, argc, argv, NULL);
}

BUILTIN(typed_array_join) {
  validate(this_value, "%TypedArray%.prototype.join", NULL);
  return array_method("join", this_value, argc, argv);
}

BUILTIN(typed_array_to_locale_string) {
  validate(this_value, "%TypedArray%.prototype.toLocaleString", NULL);
  return array_method("toLocaleString", this_value, argc, argv);
}

/* ---- iterators ---- */

BUILTIN(typed_array_keys) {
  validate(this_value, "%TypedArray%.prototype.keys", NULL);
  return tsn_array_iterator_new(this_value, TSN_ITERATE_KEYS);
}

BUILTIN(typed_array_values) {
  validate(this_value, "%TypedArray%.prototype.values", NULL);
  return tsn_array_iterator_new(this_value, TSN_ITERATE_VALUES);
}

BUILTIN(typed_array_entries) {
  validate(this_value, "%TypedArray%.prototype.entries", NULL);
  return tsn_array_iterator_new(this_value, TSN_ITERATE_ENTRIES);
}

/* ---- writing ---- */

BUILTIN(typed_array_fill) {
  VALIDATE("fill");
  double value = tsn_to_number(ARG(0));
  int64_t k = tsn_relative_index(ARG(1), (int64_t)len, 0);
  int64_t final = tsn_relative_index(ARG(2), (int64_t)len, (int64_t)len);
  validate(this_value, "%TypedArray%.prototype.fill", &len);
  if ((size_t)final > len) final = (int64_t)len;
  for (; k < final; k++) tsn_element_store(ta->kind, tsn_typed_array_at(ta, (size_t)k), value);
  return this_value;
}

BUILTIN(typed_array_reverse) {
  VALIDATE("reverse");
  size_t size = tsn_element_size[ta->kind];
  uint8_t tmp[8];
  for (size_t lo = 0, hi = len; lo + 1 < hi; lo++, hi--) {
    memcpy(tmp, tsn_typed_array_at(ta, lo), size);
    memcpy(tsn_typed_array_at(ta, lo), tsn_typed_array_at(ta, hi - 1), size);
    memcpy(tsn_typed_array_at(ta, hi - 1), tmp, size);
  }
  return this_value;
}

BUILTIN(typed_array_copy_within) {
  VALIDATE("copyWithin");
  int64_t to = tsn_relative_index(ARG(0), (int64_t)len, 0);
  int64_t from = tsn_relative_index(ARG(1), (int64_t)len, 0);
  int64_t final = tsn_relative_index(ARG(2), (int64_t)len, (int64_t)len);
  int64_t count = final - from < (int64_t)len - to ? final - from : (int64_t)len - to;
  if (count > 0) {
    validate(this_value, "%TypedArray%.prototype.copyWithin", &len);
    size_t size = tsn_element_size[ta->kind];
    int64_t byte_len = (int64_t)(len * size);
    int64_t to_byte = to * (int64_t)size, from_byte = from * (int64_t)size, count_bytes = count * (int64_t)size;
    if (from_byte + count_bytes > byte_len) count_bytes = byte_len - from_byte;
    if (to_byte + count_bytes > byte_len) count_bytes = byte_len - to_byte;
    if (count_bytes > 0) memmove(tsn_typed_array_at(ta, 0) + to_byte, tsn_typed_array_at(ta, 0) + from_byte, (size_t)count_bytes);
  }
  return this_value;
}

/* %TypedArray%.prototype.set(source [, offset]) (23.2.3.26). */
BUILTIN(typed_array_set) {
  if (!tsn_is_typed_array(this_value)) tsn_throw_type_error("this is not a typed array.");
  tsn_object *o = tsn_as_object(this_value);
  tsn_typed_array *ta = tsn_typed_array_of(o);
  double offset = tsn_to_integer_or_infinity(ARG(1));
  if (offset < 0) tsn_throw_range_error("offset is out of bounds");
  if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached("%TypedArray%.prototype.set");
  size_t target_len = tsn_typed_array_length(ta);
  tsn_value source = ARG(0);
  if (tsn_is_typed_array(source)) { /* SetTypedArrayFromTypedArray (23.2.3.26.1) */
    tsn_typed_array *s = tsn_typed_array_of(tsn_as_object(source));
    if (tsn_typed_array_out_of_bounds(s)) tsn_throw_detached("%TypedArray%.prototype.set");
    size_t src_len = tsn_typed_array_length(s);
    if ((double)src_len + offset > (double)target_len) tsn_throw_range_error("offset is out of bounds");
    size_t off = (size_t)offset;
    if (s->kind == ta->kind) {
      memmove(tsn_typed_array_at(ta, off), tsn_typed_array_at(s, 0), src_len * tsn_element_size[ta->kind]);
    } else { /* read everything first: the views may share a buffer */
      double *values = tsn_alloc_atomic((src_len + 1) * sizeof(double));
      for (size_t i = 0; i < src_len; i++) values[i] = tsn_element_load(s->kind, tsn_typed_array_at(s, i));
      for (size_t i = 0; i < src_len; i++) tsn_element_store(ta->kind, tsn_typed_array_at(ta, off + i), values[i]);
    }
    return TSN_UNDEFINED;
  }
  /* SetTypedArrayFromArrayLike (23.2.3.26.2) */
  tsn_value src = tsn_from_cell(tsn_to_object(source));
  double src_len = tsn_is_array(src) ? tsn_as_object(src)->length : (double)tsn_to_length(tsn_get(src, tsn_atom.length));
  if (src_len + offset > (double)target_len) tsn_throw_range_error("offset is out of bounds");
  for (size_t k = 0; k < (size_t)src_len; k++) put(o, (size_t)offset + k, tsn_get_index(src, tsn_from_double((double)k)));
  return TSN_UNDEFINED;
}

/* ---- copies ---- */

/* Copies `count` elements of `src` from index `start` into `dst` from 0 (bytes when the kinds match). */
static void copy_elements(tsn_typed_array *dst, tsn_typed_array *src, size_t start, size_t count) {
  if (dst->kind == src->kind) {
    memmove(tsn_typed_array_at(dst, 0), tsn_typed_array_at(src, start), count * tsn_element_size[src->kind]);
    return;
  }
  for (size_t i = 0; i < count; i++)
    tsn_element_store(dst->kind, tsn_typed_array_at(dst, i), tsn_element_load(src->kind, tsn_typed_array_at(src, start + i)));
}

BUILTIN(typed_array_slice) {
  VALIDATE("slice");
  int64_t k = tsn_relative_index(ARG(0), (int64_t)len, 0);
  int64_t final = tsn_relative_index(ARG(1), (int64_t)len, (int64_t)len);
  size_t count = final > k ? (size_t)(final - k) : 0;
  tsn_object *a = species_create_length(this_value, count, "%TypedArray%.prototype.slice");
  if (count > 0) {
    validate(this_value, "%TypedArray%.prototype.slice", &len);
    if ((size_t)final > len) final = (int64_t)len;
    count = final > k ? (size_t)(final - k) : 0;
    copy_elements(tsn_typed_array_of(a), ta, (size_t)k, count);
  }
  return tsn_from_cell(a);
}

/* %TypedArray%.prototype.subarray(start, end) (23.2.3.29): a view on the same buffer. */
BUILTIN(typed_array_subarray) {
  tsn_typed_array *ta = this_record(this_value, "%TypedArray%.prototype.subarray");
  size_t src_len = tsn_typed_array_length(ta);
  int64_t begin = tsn_relative_index(ARG(0), (int64_t)src_len, 0);
  size_t size = tsn_element_size[ta->kind];
  tsn_value args[3] = {tsn_from_cell(ta->buffer_object), tsn_from_double((double)(ta->byte_offset + (size_t)begin * size)), TSN_UNDEFINED};
  if (ta->length_tracking && tsn_is_undefined(ARG(1))) return tsn_from_cell(species_create(this_value, 2, args, "%TypedArray%.prototype.subarray"));
  int64_t end = tsn_relative_index(ARG(1), (int64_t)src_len, (int64_t)src_len);
  args[2] = tsn_from_double(end > begin ? (double)(end - begin) : 0);
  return tsn_from_cell(species_create(this_value, 3, args, "%TypedArray%.prototype.subarray"));
}

BUILTIN(typed_array_to_reversed) {
  VALIDATE("toReversed");
  tsn_object *a = allocate(TSN_UNDEFINED, ta->kind, len);
  tsn_typed_array *r = a->internal;
  size_t size = tsn_element_size[ta->kind];
  for (size_t k = 0; k < len; k++) memcpy(tsn_typed_array_at(r, k), tsn_typed_array_at(ta, len - 1 - k), size);
  return tsn_from_cell(a);
}

BUILTIN(typed_array_with) {
  VALIDATE("with");
  double rel = tsn_to_integer_or_infinity(ARG(0));
  double actual = rel >= 0 ? rel : (double)len + rel;
  double value = tsn_to_number(ARG(1));
  if (!tsn_is_valid_integer_index(o, actual)) tsn_throw_range_error("Invalid typed array index");
  tsn_object *a = allocate(TSN_UNDEFINED, ta->kind, len);
  tsn_typed_array *r = a->internal;
  size_t n = tsn_typed_array_length(ta);
  copy_elements(r, ta, 0, n < len ? n : len);
  tsn_element_store(r->kind, tsn_typed_array_at(r, (size_t)actual), value);
  return tsn_from_cell(a);
}

/* ---- sorting ---- */

/* The default numeric order (23.2.4.7 CompareTypedArrayElements): -0 before +0, NaN last. */
static int compare_numbers(const void *pa, const void *pb) {
  double x = *(const double *)pa, y = *(const double *)pb;
  if (x != x) return y != y ? 0 : 1;
  if (y != y) return -1;
  if (x < y) return -1;
  if (x > y) return 1;
  if (x == 0 && y == 0) return (signbit(x) ? -1 : 0) + (signbit(y) ? 1 : 0);
  return 0;
}

static double compare_with_function(void *ctx, const tsn_sort_item *x, const tsn_sort_item *y) {
  tsn_value args[2] = {x->value, y->value};
  double v = tsn_to_number(tsn_call(*(tsn_value *)ctx, TSN_UNDEFINED, 2, args, NULL));
  return v != v ? 0 : v;
}

/* SortIndexedProperties over the elements of `src` (length len) into `dst` (same kind, >= len). */
static void sort_into(tsn_typed_array *dst, tsn_object *dst_object, tsn_typed_array *src, size_t len, tsn_value comparefn) {
  if (tsn_is_undefined(comparefn)) {
    double *values = tsn_alloc_atomic((len + 1) * sizeof(double));
    for (size_t i = 0; i < len; i++) values[i] = tsn_element_load(src->kind, tsn_typed_array_at(src, i));
    qsort(values, len, sizeof(double), compare_numbers);
    for (size_t i = 0; i < len; i++) tsn_element_store(dst->kind, tsn_typed_array_at(dst, i), values[i]);
    return;
  }
  tsn_sort_item *items = tsn_alloc((len + 1) * sizeof(tsn_sort_item));
  for (size_t i = 0; i < len; i++) {
    items[i].value = tsn_from_double(tsn_element_load(src->kind, tsn_typed_array_at(src, i)));
    items[i].key = TSN_EMPTY;
  }
  tsn_timsort(items, (uint32_t)len, compare_with_function, &comparefn);
  for (size_t i = 0; i < len; i++) tsn_typed_array_set_element(dst_object, (double)i, items[i].value);
}

static void check_comparator(tsn_value comparefn) {
  if (!tsn_is_undefined(comparefn) && !tsn_is_callable(comparefn))
    tsn_throw_type_error("The comparison function must be either a function or undefined: %s", tsn_key_text(tsn_lib_receiver_text(comparefn)));
}

BUILTIN(typed_array_sort) {
  check_comparator(ARG(0));
  VALIDATE("sort");
  sort_into(ta, o, ta, len, ARG(0));
  return this_value;
}

BUILTIN(typed_array_to_sorted) {
  check_comparator(ARG(0));
  VALIDATE("toSorted");
  tsn_object *a = allocate(TSN_UNDEFINED, ta->kind, len);
  sort_into(a->internal, a, ta, len, ARG(0));
  return tsn_from_cell(a);
}

/* ---- installation ---- */

static const struct { const char *name; tsn_code code; uint32_t length; } prototype_methods[] = {
    {"entries", typed_array_entries, 0}, {"keys", typed_array_keys, 0}, {"values", typed_array_values, 0},
    {"at", typed_array_at, 1}, {"copyWithin", typed_array_copy_within, 2}, {"every", typed_array_every, 1},
    {"fill", typed_array_fill, 1}, {"filter", typed_array_filter, 1}, {"find", typed_array_find, 1},
    {"findIndex", typed_array_find_index, 1}, {"findLast", typed_array_find_last, 1},
    {"findLastIndex", typed_array_find_last_index, 1}, {"forEach", typed_array_for_each, 1},
    {"includes", typed_array_includes, 1}, {"indexOf", typed_array_index_of, 1}, {"join", typed_array_join, 1},
    {"lastIndexOf", typed_array_last_index_of, 1}, {"map", typed_array_map, 1}, {"reverse", typed_array_reverse, 0},
    {"reduce", typed_array_reduce, 1}, {"reduceRight", typed_array_reduce_right, 1}, {"set", typed_array_set, 1},
    {"slice", typed_array_slice, 2}, {"some", typed_array_some, 1}, {"sort", typed_array_sort, 1},
    {"subarray", typed_array_subarray, 2}, {"toReversed", typed_array_to_reversed, 0},
    {"toSorted", typed_array_to_sorted, 1}, {"with", typed_array_with, 2},
    {"toLocaleString", typed_array_to_locale_string, 0},
};

void tsn_lib_typed_array_init(void) {
  tsn_object *tp = tsn_intrinsics.typed_array_prototype;
  tsn_value abstract = tsn_builtin_new(abstract_typed_array_ctor, "TypedArray", 0);
  tsn_object *ta_ctor = tsn_as_object(abstract);
  tsn_as_function(abstract)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_define_own(ta_ctor, tsn_atom.prototype, tsn_from_cell(tp), 0);
  tsn_define_own(tp, tsn_atom.constructor, abstract, TSN_ATTR_HIDDEN);
  tsn_define_builtin(ta_ctor, "from", typed_array_from, 1);
  tsn_define_builtin(ta_ctor, "of", typed_array_of, 0);
  tsn_lib_define_species(ta_ctor);
  tsn_lib_define_getter(tp, "buffer", typed_array_buffer);
  tsn_lib_define_getter(tp, "byteLength", typed_array_byte_length);
  tsn_lib_define_getter(tp, "byteOffset", typed_array_byte_offset);
  tsn_lib_define_getter(tp, "length", typed_array_length_getter);
  tsn_intrinsics.typed_array_length_getter = ((tsn_accessor *)tsn_as_cell(*tsn_own_slot(tp, tsn_atom.length, &(int){0})))->getter;
  for (size_t i = 0; i < sizeof prototype_methods / sizeof prototype_methods[0]; i++)
    tsn_define_builtin(tp, prototype_methods[i].name, prototype_methods[i].code, prototype_methods[i].length);
  tsn_define_own(tp, tsn_str_intern_ascii("toString"), tsn_get(tsn_from_cell(tsn_intrinsics.array_prototype), tsn_str_intern_ascii("toString")), TSN_ATTR_HIDDEN);
  tsn_define_own(tp, tsn_intrinsics.symbol_iterator, tsn_get(tsn_from_cell(tp), tsn_str_intern_ascii("values")), TSN_ATTR_HIDDEN);
  tsn_value tag_getter = tsn_builtin_new(typed_array_to_string_tag, "get [Symbol.toStringTag]", 0);
  tsn_define_accessor(tp, tsn_intrinsics.symbol_to_string_tag, tag_getter, TSN_UNDEFINED, TSN_ATTR_CONFIGURABLE);

  for (int k = 0; k < TSN_EL_KIND_COUNT; k++) {
    kind_prototype[k] = tsn_object_new(tp);
    kind_constructor[k] = tsn_lib_define_constructor(tsn_typed_array_name[k], typed_array_ctor, 3, kind_prototype[k]);
    tsn_set_prototype_of(tsn_as_object(kind_constructor[k]), ta_ctor);
    tsn_value bpe = tsn_from_double(tsn_element_size[k]);
    tsn_lib_define_value(tsn_as_object(kind_constructor[k]), "BYTES_PER_ELEMENT", bpe, 0);
    tsn_lib_define_value(kind_prototype[k], "BYTES_PER_ELEMENT", bpe, 0);
  }
}
