/*
 * arguments.c — mapped and unmapped arguments objects (ECMA-262 10.4.4; see arguments.h).
 */
#include "arguments.h"
#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "realm.h"
#include "str.h"

tsn_value tsn_intrinsic_array_values;

/* The parameter map of a mapped arguments object: per formal parameter, whether its index is still
 * mapped, its property key, and the parameter's value once it is not (or never was) mapped. */
typedef struct tsn_arguments_map {
  uint32_t formals;
  bool *mapped;
  tsn_value *keys;
  tsn_value *values;
} tsn_arguments_map;

/* %ThrowTypeError% (10.2.4.1): one per realm, made on first use. */
static tsn_value throw_type_error_fn;

static tsn_value throw_type_error(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  (void)callee; (void)this_value; (void)argc; (void)argv; (void)new_target;
  tsn_throw_type_error("'caller', 'callee', and 'arguments' properties may not be accessed on strict mode functions or the arguments objects for calls to them");
}

static tsn_value intrinsic_throw_type_error(void) {
  if (throw_type_error_fn == 0) {
    throw_type_error_fn = tsn_builtin_new(throw_type_error, "", 0);
    tsn_prevent_extensions(tsn_as_object(throw_type_error_fn));
  }
  return throw_type_error_fn;
}

static tsn_value index_key(uint32_t i) { return tsn_to_property_key(tsn_from_double((double)i)); }

tsn_value tsn_arguments_new(tsn_object *callee, int argc, const tsn_value *argv, int formals) {
  tsn_object *o = tsn_object_new_class(tsn_intrinsics.object_prototype, TSN_CLASS_ARGUMENTS);
  for (int i = 0; i < argc; i++) tsn_define_own(o, index_key((uint32_t)i), argv[i], TSN_ATTR_DEFAULT);
  tsn_define_own(o, tsn_atom.length, tsn_from_double((double)argc), TSN_ATTR_HIDDEN);
  tsn_define_own(o, tsn_intrinsics.symbol_iterator, tsn_intrinsic_array_values, TSN_ATTR_HIDDEN);
  tsn_value callee_key = tsn_str_intern_ascii("callee");
  if (formals < 0) {
    tsn_value thrower = intrinsic_throw_type_error();
    tsn_define_accessor(o, callee_key, thrower, thrower, 0);
    return tsn_from_cell(o);
  }
  tsn_define_own(o, callee_key, tsn_from_cell(callee), TSN_ATTR_HIDDEN);
  tsn_arguments_map *map = tsn_alloc(sizeof *map);
  map->formals = (uint32_t)formals;
  map->mapped = tsn_alloc_atomic((size_t)formals + 1);
  map->keys = tsn_alloc(((size_t)formals + 1) * sizeof(tsn_value));
  map->values = tsn_alloc(((size_t)formals + 1) * sizeof(tsn_value));
  for (int i = 0; i < formals; i++) {
    map->mapped[i] = i < argc;
    map->keys[i] = index_key((uint32_t)i);
    map->values[i] = i < argc ? argv[i] : TSN_UNDEFINED;
  }
  o->internal = map;
  return tsn_from_cell(o);
}

/* The own writable data slot that index `i` aliases, or NULL once the index is not mapped (a freeze
 * makes the property read-only without a [[DefineOwnProperty]] call: the mapping ends here then). */
static tsn_value *mapped_slot(tsn_arguments_map *map, tsn_object *o, uint32_t i) {
  if (!map->mapped[i]) return NULL;
  int attrs = 0;
  tsn_value *slot = tsn_own_slot(o, map->keys[i], &attrs);
  if (slot != NULL && !(attrs & TSN_ATTR_ACCESSOR) && (attrs & TSN_ATTR_WRITABLE)) return slot;
  if (slot != NULL && !(attrs & TSN_ATTR_ACCESSOR)) map->values[i] = *slot;
  map->mapped[i] = false;
  return NULL;
}

tsn_value tsn_arguments_param_get(tsn_value args, uint32_t index) {
  tsn_object *o = tsn_as_object(args);
  tsn_arguments_map *map = o->internal;
  tsn_value *slot = mapped_slot(map, o, index);
  return slot ? *slot : map->values[index];
}

void tsn_arguments_param_set(tsn_value args, uint32_t index, tsn_value v) {
  tsn_object *o = tsn_as_object(args);
  tsn_arguments_map *map = o->internal;
  tsn_value *slot = mapped_slot(map, o, index);
  if (slot) *slot = v;
  else map->values[index] = v;
}

/* The formal index `key` names while it is mapped, or -1. */
static int64_t mapped_index(tsn_object *o, tsn_value key) {
  tsn_arguments_map *map = o->internal;
  if (map == NULL || !tsn_is_string(key)) return -1;
  int64_t i = tsn_str_array_index(key);
  return i >= 0 && i < map->formals && mapped_slot(map, o, (uint32_t)i) != NULL ? i : -1;
}

void tsn_arguments_unmap_before_delete(tsn_object *o, tsn_value key) {
  int64_t i = mapped_index(o, key);
  if (i < 0) return;
  tsn_arguments_map *map = o->internal;
  map->values[i] = *mapped_slot(map, o, (uint32_t)i);
  map->mapped[i] = false;
}

void tsn_arguments_unmap_before_define(tsn_object *o, tsn_value key, const tsn_prop_desc *d) {
  int64_t i = mapped_index(o, key);
  if (i < 0) return;
  tsn_arguments_map *map = o->internal;
  bool accessor = (d->has & (TSN_DESC_GET | TSN_DESC_SET)) != 0;
  bool read_only = (d->has & TSN_DESC_WRITABLE) && !(d->attrs & TSN_ATTR_WRITABLE);
  if (!accessor && !read_only) return; /* a new value is stored in the aliased property itself */
  map->values[i] = !accessor && (d->has & TSN_DESC_VALUE) ? d->value : *mapped_slot(map, o, (uint32_t)i);
  map->mapped[i] = false;
}
