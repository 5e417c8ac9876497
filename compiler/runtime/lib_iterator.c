/*
 * lib_iterator.c — the Iterator constructor and %IteratorPrototype% (as in Node 24 its `constructor`
 * and Symbol.toStringTag are accessors; the helper methods are in lib_iterator_helpers.c), and the
 * built-in iterators: Array Iterator (23.1.5), String Iterator (22.1.5), Map Iterator (24.1.5) and
 * Set Iterator (24.2.6), with their `next` methods and Symbol.toStringTag values ("Array Iterator",
 * ...) as Node prints them (`Object [Array Iterator] {}`).
 */
#include "lib_iterator.h"

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"
#include "typed_array.h"

static tsn_object *iterator_prototype_for(tsn_builtin_iterator_class c) {
  switch (c) {
    case TSN_BUILTIN_ITER_ARRAY: return tsn_intrinsics.array_iterator_prototype;
    case TSN_BUILTIN_ITER_STRING: return tsn_intrinsics.string_iterator_prototype;
    case TSN_BUILTIN_ITER_MAP: return tsn_intrinsics.map_iterator_prototype;
    default: return tsn_intrinsics.set_iterator_prototype;
  }
}

static tsn_builtin_iterator *iterator_new(tsn_builtin_iterator_class c, tsn_iteration_kind kind, tsn_value target, tsn_value *out) {
  tsn_object *o = tsn_object_new_class(iterator_prototype_for(c), TSN_CLASS_ITERATOR);
  tsn_builtin_iterator *it = tsn_alloc(sizeof(tsn_builtin_iterator));
  it->iter_class = (uint8_t)c;
  it->kind = (uint8_t)kind;
  it->target = target;
  o->internal = it;
  *out = tsn_from_cell(o);
  return it;
}

tsn_value tsn_array_iterator_new(tsn_value target, tsn_iteration_kind kind) {
  tsn_value o;
  iterator_new(TSN_BUILTIN_ITER_ARRAY, kind, target, &o);
  return o;
}

tsn_value tsn_string_iterator_new(tsn_value str) {
  tsn_value o;
  iterator_new(TSN_BUILTIN_ITER_STRING, TSN_ITERATE_VALUES, str, &o);
  return o;
}

tsn_value tsn_mapset_iterator_new(tsn_value collection, tsn_iteration_kind kind) {
  bool is_map = tsn_as_cell(collection)->class_id == TSN_CLASS_MAP;
  tsn_value o;
  tsn_builtin_iterator *it = iterator_new(is_map ? TSN_BUILTIN_ITER_MAP : TSN_BUILTIN_ITER_SET, kind, collection, &o);
  tsn_mapset_cursor_init(&it->cursor, (tsn_mapset *)tsn_as_object(collection)->internal);
  return o;
}

static tsn_builtin_iterator *this_iterator(tsn_value this_value, tsn_builtin_iterator_class c, const char *method) {
  if (tsn_is_object(this_value) && tsn_as_cell(this_value)->class_id == TSN_CLASS_ITERATOR) {
    tsn_builtin_iterator *it = tsn_as_object(this_value)->internal;
    if (it->iter_class == c) return it;
  }
  tsn_lib_throw_incompatible(method, this_value);
}

static tsn_value pair(tsn_value a, tsn_value b) {
  tsn_value items[2] = {a, b};
  return tsn_array_from(items, 2);
}

/* %ArrayIteratorPrototype%.next: re-reads the length every step, as the spec's closure does. */
static tsn_value array_iterator_next(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_builtin_iterator *it = this_iterator(this_value, TSN_BUILTIN_ITER_ARRAY, "Array Iterator.prototype.next");
  if (it->done) return tsn_iter_result(TSN_UNDEFINED, true);
  double len;
  if (tsn_is_typed_array(it->target)) { /* 23.1.5.1 step 2.b.ii: a detached or out-of-bounds view throws */
    tsn_typed_array *ta = tsn_typed_array_of(tsn_as_object(it->target));
    if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached("Array Iterator.prototype.next");
    len = (double)tsn_typed_array_length(ta);
  } else {
    len = tsn_is_array(it->target) ? tsn_as_object(it->target)->length : (double)tsn_to_length(tsn_get(it->target, tsn_atom.length));
  }
  if (it->index >= len) {
    it->done = true;
    it->target = TSN_UNDEFINED;
    return tsn_iter_result(TSN_UNDEFINED, true);
  }
  tsn_value index = tsn_from_double(it->index++);
  if (it->kind == TSN_ITERATE_KEYS) return tsn_iter_result(index, false);
  tsn_value v = tsn_get_index(it->target, index);
  return tsn_iter_result(it->kind == TSN_ITERATE_VALUES ? v : pair(index, v), false);
}

/* %StringIteratorPrototype%.next: one code point (a surrogate pair or a lone unit) per step. */
static tsn_value string_iterator_next(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_builtin_iterator *it = this_iterator(this_value, TSN_BUILTIN_ITER_STRING, "String Iterator.prototype.next");
  if (it->done) return tsn_iter_result(TSN_UNDEFINED, true);
  uint32_t len = tsn_str_length(it->target), i = (uint32_t)it->index;
  if (i >= len) {
    it->done = true;
    it->target = TSN_UNDEFINED;
    return tsn_iter_result(TSN_UNDEFINED, true);
  }
  const uint16_t *u = tsn_str_chars(it->target);
  uint32_t n = (u[i] >= 0xD800 && u[i] <= 0xDBFF && i + 1 < len && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) ? 2 : 1;
  it->index = i + n;
  return tsn_iter_result(tsn_str_substring(it->target, i, i + n), false);
}

static tsn_value mapset_iterator_step(tsn_builtin_iterator *it) {
  if (it->done) return tsn_iter_result(TSN_UNDEFINED, true);
  tsn_value k, v;
  if (!tsn_mapset_cursor_next(&it->cursor, &k, &v)) {
    it->done = true;
    it->target = TSN_UNDEFINED;
    return tsn_iter_result(TSN_UNDEFINED, true);
  }
  if (it->iter_class == TSN_BUILTIN_ITER_SET) v = k;
  switch (it->kind) {
    case TSN_ITERATE_KEYS: return tsn_iter_result(k, false);
    case TSN_ITERATE_VALUES: return tsn_iter_result(v, false);
    default: return tsn_iter_result(pair(k, v), false);
  }
}

static tsn_value map_iterator_next(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return mapset_iterator_step(this_iterator(this_value, TSN_BUILTIN_ITER_MAP, "Map Iterator.prototype.next"));
}

static tsn_value set_iterator_next(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return mapset_iterator_step(this_iterator(this_value, TSN_BUILTIN_ITER_SET, "Set Iterator.prototype.next"));
}

/* The Iterator constructor (27.1.3.1): abstract, only subclasses may construct. */
static tsn_value iterator_ctor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Constructor Iterator requires 'new'");
  if (new_target == tsn_from_cell(callee)) tsn_throw_type_error("Abstract class Iterator not directly constructable");
  return tsn_from_cell(tsn_create_from_constructor(new_target, tsn_intrinsics.iterator_prototype, TSN_CLASS_OBJECT));
}

static tsn_value iterator_constructor;

static tsn_value get_constructor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return iterator_constructor;
}

static tsn_value get_to_string_tag(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return tsn_str_intern_ascii("Iterator");
}

/* SetterThatIgnoresPrototypeProperties (27.1.3.2.1.1, 27.1.3.2.13.1): assigning on an iterator
 * creates an own data property; on %Iterator.prototype% itself it fails like a read-only property. */
static void set_ignoring_prototype(tsn_value this_value, tsn_value key, const char *name, tsn_value v) {
  if (!tsn_is_object(this_value)) tsn_throw_type_error("set Iterator.prototype.%s called on non-object", name);
  tsn_object *o = tsn_as_object(this_value);
  if (o == tsn_intrinsics.iterator_prototype)
    tsn_throw_type_error("Cannot assign to read only property '%s' of object '[object Object]'", tsn_key_text(key));
  if (tsn_has_own_property(o, key)) tsn_set(this_value, key, v);
  else tsn_define_own(o, key, v, TSN_ATTR_DEFAULT);
}

static tsn_value set_constructor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  set_ignoring_prototype(this_value, tsn_atom.constructor, "constructor", tsn_arg(argc, argv, 0));
  return TSN_UNDEFINED;
}

static tsn_value set_to_string_tag(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  set_ignoring_prototype(this_value, tsn_intrinsics.symbol_to_string_tag, "[Symbol.toStringTag]", tsn_arg(argc, argv, 0));
  return TSN_UNDEFINED;
}

/* %IteratorPrototype%[Symbol.iterator] (27.1.2.1): returns this. */
static tsn_value iterator_self(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return this_value;
}

static void define_iterator_prototype(tsn_object *p, const char *tag, tsn_code next) {
  tsn_define_builtin(p, "next", next, 0);
  tsn_lib_define_to_string_tag(p, tag);
}

void tsn_lib_iterator_init(void) {
  tsn_object *ip = tsn_intrinsics.iterator_prototype;
  iterator_constructor = tsn_lib_define_constructor("Iterator", iterator_ctor, 0, ip);
  tsn_define_accessor(ip, tsn_atom.constructor, tsn_builtin_new(get_constructor, "get constructor", 0),
                      tsn_builtin_new(set_constructor, "set constructor", 1), TSN_ATTR_CONFIGURABLE);
  tsn_lib_define_symbol_method(ip, tsn_intrinsics.symbol_iterator, "[Symbol.iterator]", iterator_self, 0);
  tsn_define_accessor(ip, tsn_intrinsics.symbol_to_string_tag, tsn_builtin_new(get_to_string_tag, "get [Symbol.toStringTag]", 0),
                      tsn_builtin_new(set_to_string_tag, "set [Symbol.toStringTag]", 1), TSN_ATTR_CONFIGURABLE);
  define_iterator_prototype(tsn_intrinsics.array_iterator_prototype, "Array Iterator", array_iterator_next);
  define_iterator_prototype(tsn_intrinsics.string_iterator_prototype, "String Iterator", string_iterator_next);
  define_iterator_prototype(tsn_intrinsics.map_iterator_prototype, "Map Iterator", map_iterator_next);
  define_iterator_prototype(tsn_intrinsics.set_iterator_prototype, "Set Iterator", set_iterator_next);
}
