/*
 * lib_object.c — the Object constructor, its static functions and Object.prototype (ECMA-262 20.1),
 * with V8's TypeError messages.
 */
#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

static tsn_value object_ctor;

static tsn_value Object_ctor(ARGS) {
  if (!tsn_is_undefined(new_target) && new_target != object_ctor)
    return tsn_from_cell(tsn_create_from_constructor(new_target, tsn_intrinsics.object_prototype, TSN_CLASS_OBJECT));
  tsn_value v = ARG(0);
  if (tsn_is_nullish(v)) return tsn_new_object();
  return tsn_from_cell(tsn_to_object(v));
}

/* ---- descriptors ---- */

/* ToPropertyDescriptor (ECMA-262 6.2.6.5). */
static void to_property_descriptor(tsn_value obj, tsn_prop_desc *d) {
  if (!tsn_is_object(obj)) tsn_throw_type_error("Property description must be an object: %s", tsn_key_text(tsn_lib_receiver_text(obj)));
  d->has = 0;
  d->attrs = 0;
  d->value = d->getter = d->setter = TSN_UNDEFINED;
  static const struct { int has, attr; } flags[] = {
      {TSN_DESC_ENUMERABLE, TSN_ATTR_ENUMERABLE}, {TSN_DESC_CONFIGURABLE, TSN_ATTR_CONFIGURABLE}};
  tsn_value flag_keys[2] = {tsn_atom.enumerable, tsn_atom.configurable};
  for (int i = 0; i < 2; i++) {
    if (!tsn_has_property(obj, flag_keys[i])) continue;
    d->has |= flags[i].has;
    if (tsn_to_boolean(tsn_get(obj, flag_keys[i]))) d->attrs |= flags[i].attr;
  }
  if (tsn_has_property(obj, tsn_atom.value)) { d->has |= TSN_DESC_VALUE; d->value = tsn_get(obj, tsn_atom.value); }
  if (tsn_has_property(obj, tsn_atom.writable)) {
    d->has |= TSN_DESC_WRITABLE;
    if (tsn_to_boolean(tsn_get(obj, tsn_atom.writable))) d->attrs |= TSN_ATTR_WRITABLE;
  }
  if (tsn_has_property(obj, tsn_atom.get)) {
    d->getter = tsn_get(obj, tsn_atom.get);
    if (!tsn_is_undefined(d->getter) && !tsn_is_callable(d->getter))
      tsn_throw_type_error("Getter must be a function: %s", tsn_key_text(tsn_lib_receiver_text(d->getter)));
    d->has |= TSN_DESC_GET;
  }
  if (tsn_has_property(obj, tsn_atom.set)) {
    d->setter = tsn_get(obj, tsn_atom.set);
    if (!tsn_is_undefined(d->setter) && !tsn_is_callable(d->setter))
      tsn_throw_type_error("Setter must be a function: %s", tsn_key_text(tsn_lib_receiver_text(d->setter)));
    d->has |= TSN_DESC_SET;
  }
  if ((d->has & (TSN_DESC_GET | TSN_DESC_SET)) && (d->has & (TSN_DESC_VALUE | TSN_DESC_WRITABLE)))
    tsn_throw_type_error("Invalid property descriptor. Cannot both specify accessors and a value or writable attribute, %s",
                         tsn_key_text(tsn_lib_receiver_text(obj)));
}

/* FromPropertyDescriptor (ECMA-262 6.2.6.4). */
static tsn_value from_property_descriptor(const tsn_prop_desc *d) {
  tsn_object *o = tsn_as_object(tsn_new_object());
  if (d->attrs & TSN_ATTR_ACCESSOR) {
    tsn_define_own(o, tsn_atom.get, d->getter, TSN_ATTR_DEFAULT);
    tsn_define_own(o, tsn_atom.set, d->setter, TSN_ATTR_DEFAULT);
  } else {
    tsn_define_own(o, tsn_atom.value, d->value, TSN_ATTR_DEFAULT);
    tsn_define_own(o, tsn_atom.writable, tsn_from_bool(d->attrs & TSN_ATTR_WRITABLE), TSN_ATTR_DEFAULT);
  }
  tsn_define_own(o, tsn_atom.enumerable, tsn_from_bool(d->attrs & TSN_ATTR_ENUMERABLE), TSN_ATTR_DEFAULT);
  tsn_define_own(o, tsn_atom.configurable, tsn_from_bool(d->attrs & TSN_ATTR_CONFIGURABLE), TSN_ATTR_DEFAULT);
  return tsn_from_cell(o);
}

/* ObjectDefineProperties (ECMA-262 20.1.2.3.1): descriptors are all read before any is applied. */
static void define_properties(tsn_object *o, tsn_value properties) {
  tsn_object *props = tsn_to_object(properties);
  uint32_t n;
  tsn_value *keys = tsn_own_keys(props, false, true, &n);
  tsn_prop_desc *descs = tsn_alloc((n ? n : 1) * sizeof(tsn_prop_desc));
  uint32_t m = 0;
  tsn_value *used = keys;
  for (uint32_t i = 0; i < n; i++) {
    tsn_prop_desc cur;
    if (!tsn_get_own_property(props, keys[i], &cur) || !(cur.attrs & TSN_ATTR_ENUMERABLE)) continue;
    to_property_descriptor(tsn_get(tsn_from_cell(props), keys[i]), &descs[m]);
    used[m++] = keys[i];
  }
  for (uint32_t i = 0; i < m; i++) tsn_define_own_property(o, used[i], &descs[i]);
}

/* ---- Object.* ---- */

static tsn_value Object_keys_like(tsn_value target, int kind) {
  tsn_object *o = tsn_to_object(target);
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, true, false, &n);
  tsn_value result = tsn_new_array(0);
  for (uint32_t i = 0; i < n; i++) {
    if (kind == 0) { tsn_array_push(result, keys[i]); continue; }
    tsn_prop_desc d;
    if (!tsn_get_own_property(o, keys[i], &d) || !(d.attrs & TSN_ATTR_ENUMERABLE)) continue;
    tsn_value v = tsn_get(tsn_from_cell(o), keys[i]);
    if (kind == 1) tsn_array_push(result, v);
    else {
      tsn_value pair[2] = {keys[i], v};
      tsn_array_push(result, tsn_array_from(pair, 2));
    }
  }
  return result;
}

static tsn_value Object_keys(ARGS) { return Object_keys_like(ARG(0), 0); }
static tsn_value Object_values(ARGS) { return Object_keys_like(ARG(0), 1); }
static tsn_value Object_entries(ARGS) { return Object_keys_like(ARG(0), 2); }

static tsn_value Object_assign(ARGS) {
  tsn_value to = tsn_from_cell(tsn_to_object(ARG(0)));
  for (int s = 1; s < argc; s++) {
    if (tsn_is_nullish(argv[s])) continue;
    tsn_object *from = tsn_to_object(argv[s]);
    uint32_t n;
    tsn_value *keys = tsn_own_keys(from, false, true, &n);
    for (uint32_t i = 0; i < n; i++) {
      tsn_prop_desc d;
      if (!tsn_get_own_property(from, keys[i], &d) || !(d.attrs & TSN_ATTR_ENUMERABLE)) continue;
      tsn_set(to, keys[i], tsn_get(tsn_from_cell(from), keys[i]));
    }
  }
  return to;
}

static tsn_value Object_freeze(ARGS) {
  if (tsn_is_object(ARG(0))) tsn_freeze(tsn_as_object(ARG(0)));
  return ARG(0);
}

static tsn_value Object_isFrozen(ARGS) { return tsn_from_bool(!tsn_is_object(ARG(0)) || tsn_is_frozen(tsn_as_object(ARG(0)))); }

static tsn_value Object_seal(ARGS) {
  if (tsn_is_object(ARG(0))) tsn_seal(tsn_as_object(ARG(0)));
  return ARG(0);
}

static tsn_value Object_isSealed(ARGS) { return tsn_from_bool(!tsn_is_object(ARG(0)) || tsn_is_sealed(tsn_as_object(ARG(0)))); }

static tsn_value Object_preventExtensions(ARGS) {
  if (tsn_is_object(ARG(0))) tsn_prevent_extensions(tsn_as_object(ARG(0)));
  return ARG(0);
}

static tsn_value Object_isExtensible(ARGS) {
  return tsn_from_bool(tsn_is_object(ARG(0)) && !(tsn_as_cell(ARG(0))->bits & TSN_OBJ_NOT_EXTENSIBLE));
}

/* The prototype argument of create/setPrototypeOf: an object or null, else V8's TypeError. */
static tsn_object *proto_argument(tsn_value p) {
  if (tsn_is_null(p)) return NULL;
  if (!tsn_is_object(p)) tsn_throw_type_error("Object prototype may only be an Object or null: %s", tsn_key_text(tsn_lib_receiver_text(p)));
  return tsn_as_object(p);
}

static tsn_value Object_create(ARGS) {
  tsn_object *o = tsn_object_new(proto_argument(ARG(0)));
  if (!tsn_is_undefined(ARG(1))) define_properties(o, ARG(1));
  return tsn_from_cell(o);
}

static tsn_value Object_getPrototypeOf(ARGS) {
  tsn_object *p = tsn_get_prototype_of(ARG(0));
  return p ? tsn_from_cell(p) : TSN_NULL;
}

static tsn_value Object_setPrototypeOf(ARGS) {
  tsn_value o = ARG(0);
  if (tsn_is_nullish(o)) tsn_throw_type_error("Object.setPrototypeOf called on null or undefined");
  tsn_object *proto = proto_argument(ARG(1));
  if (tsn_is_object(o)) tsn_set_prototype_of(tsn_as_object(o), proto);
  return o;
}

static tsn_value Object_fromEntries(ARGS) {
  tsn_value iterable = ARG(0);
  if (tsn_is_nullish(iterable)) tsn_throw_type_error("undefined is not iterable");
  tsn_object *o = tsn_as_object(tsn_new_object());
  tsn_iter it;
  tsn_iter_open(&it, iterable, NULL);
  tsn_value entry;
  while (tsn_iter_step(&it, &entry)) {
    if (!tsn_is_object(entry)) {
      tsn_iter_close_on_throw(&it);
      tsn_throw_type_error("Iterator value %s is not an entry object", tsn_key_text(tsn_lib_receiver_text(entry)));
    }
    tsn_value k = tsn_get_index(entry, tsn_from_double(0));
    tsn_value v = tsn_get_index(entry, tsn_from_double(1));
    tsn_define_own(o, tsn_to_property_key(k), v, TSN_ATTR_DEFAULT);
  }
  return tsn_from_cell(o);
}

/* Object.groupBy's AddValueToKeyedGroup: the key is coerced with ToPropertyKey. */
static void object_group_add(void *groups, tsn_value key, tsn_value item) {
  tsn_object *o = groups;
  key = tsn_to_property_key(key);
  int attrs;
  tsn_value *group = tsn_own_slot(o, key, &attrs);
  if (group) tsn_array_push(*group, item);
  else tsn_define_own(o, key, tsn_array_from(&item, 1), TSN_ATTR_DEFAULT);
}

/* Object.groupBy(items, callback) (ECMA-262 20.1.2.12): a null-prototype object of arrays. */
static tsn_value Object_groupBy(ARGS) {
  tsn_object *groups = tsn_object_new(NULL);
  tsn_lib_group_by(ARG(0), ARG(1), "Object.groupBy", object_group_add, groups);
  return tsn_from_cell(groups);
}

static tsn_value Object_defineProperty(ARGS) {
  if (!tsn_is_object(ARG(0))) tsn_throw_type_error("Object.defineProperty called on non-object");
  tsn_value key = tsn_to_property_key(ARG(1));
  tsn_prop_desc d;
  to_property_descriptor(ARG(2), &d);
  tsn_define_own_property(tsn_as_object(ARG(0)), key, &d);
  return ARG(0);
}

static tsn_value Object_defineProperties(ARGS) {
  if (!tsn_is_object(ARG(0))) tsn_throw_type_error("Object.defineProperties called on non-object");
  define_properties(tsn_as_object(ARG(0)), ARG(1));
  return ARG(0);
}

static tsn_value own_keys_array(tsn_value target, bool strings) {
  tsn_object *o = tsn_to_object(target);
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, false, !strings, &n);
  tsn_value result = tsn_new_array(0);
  for (uint32_t i = 0; i < n; i++)
    if (tsn_is_string(keys[i]) == strings) tsn_array_push(result, keys[i]);
  return result;
}

static tsn_value Object_getOwnPropertyNames(ARGS) { return own_keys_array(ARG(0), true); }
static tsn_value Object_getOwnPropertySymbols(ARGS) { return own_keys_array(ARG(0), false); }

static tsn_value Object_getOwnPropertyDescriptor(ARGS) {
  tsn_object *o = tsn_to_object(ARG(0));
  tsn_prop_desc d;
  if (!tsn_get_own_property(o, tsn_to_property_key(ARG(1)), &d)) return TSN_UNDEFINED;
  return from_property_descriptor(&d);
}

static tsn_value Object_getOwnPropertyDescriptors(ARGS) {
  tsn_object *o = tsn_to_object(ARG(0));
  uint32_t n;
  tsn_value *keys = tsn_own_keys(o, false, true, &n);
  tsn_object *result = tsn_as_object(tsn_new_object());
  for (uint32_t i = 0; i < n; i++) {
    tsn_prop_desc d;
    if (tsn_get_own_property(o, keys[i], &d)) tsn_define_own(result, keys[i], from_property_descriptor(&d), TSN_ATTR_DEFAULT);
  }
  return tsn_from_cell(result);
}

static tsn_value Object_is(ARGS) { return tsn_from_bool(tsn_same_value(ARG(0), ARG(1))); }

static tsn_value Object_hasOwn(ARGS) {
  tsn_object *o = tsn_to_object(ARG(0));
  return tsn_from_bool(tsn_has_own_property(o, tsn_to_property_key(ARG(1))));
}

/* ---- Object.prototype ---- */

static tsn_value proto_hasOwnProperty(ARGS) {
  tsn_value key = tsn_to_property_key(ARG(0));
  return tsn_from_bool(tsn_has_own_property(tsn_to_object(this_value), key));
}

/* Object.prototype.toString (ECMA-262 20.1.3.6). */
static tsn_value proto_toString(ARGS) {
  if (tsn_is_undefined(this_value)) return tsn_str_intern_ascii("[object Undefined]");
  if (tsn_is_null(this_value)) return tsn_str_intern_ascii("[object Null]");
  tsn_object *o = tsn_to_object(this_value);
  const char *builtin;
  switch (o->hdr.class_id) {
  case TSN_CLASS_ARRAY: builtin = "Array"; break;
  case TSN_CLASS_FUNCTION: builtin = "Function"; break;
  case TSN_CLASS_ERROR: builtin = "Error"; break;
  case TSN_CLASS_BOOLEAN: builtin = "Boolean"; break;
  case TSN_CLASS_NUMBER: builtin = "Number"; break;
  case TSN_CLASS_STRING: builtin = "String"; break;
  case TSN_CLASS_REGEXP: builtin = "RegExp"; break;
  case TSN_CLASS_ARGUMENTS: builtin = "Arguments"; break;
  default: builtin = "Object"; break;
  }
  tsn_value tag = tsn_get(tsn_from_cell(o), tsn_intrinsics.symbol_to_string_tag);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "[object ");
  if (tsn_is_string(tag)) tsn_strbuf_push_string(&b, tag);
  else tsn_strbuf_push_ascii(&b, builtin);
  tsn_strbuf_push_unit(&b, ']');
  return tsn_strbuf_finish(&b);
}

static tsn_value proto_valueOf(ARGS) { return tsn_from_cell(tsn_to_object(this_value)); }

static tsn_value proto_isPrototypeOf(ARGS) {
  if (!tsn_is_object(ARG(0))) return TSN_FALSE;
  tsn_object *o = tsn_to_object(this_value);
  for (tsn_object *p = tsn_as_object(ARG(0))->proto; p; p = p->proto)
    if (p == o) return TSN_TRUE;
  return TSN_FALSE;
}

static tsn_value proto_propertyIsEnumerable(ARGS) {
  tsn_value key = tsn_to_property_key(ARG(0));
  tsn_prop_desc d;
  return tsn_from_bool(tsn_get_own_property(tsn_to_object(this_value), key, &d) && (d.attrs & TSN_ATTR_ENUMERABLE));
}

static tsn_value proto_toLocaleString(ARGS) { return tsn_call_method(this_value, tsn_atom.toString, NULL, 0, NULL, NULL); }

/* get Object.prototype.__proto__ (ECMA-262 B.2.2.1.1): ToObject(this).[[GetPrototypeOf]](). */
static tsn_value proto_get_proto(ARGS) {
  tsn_object *p = tsn_get_prototype_of(tsn_from_cell(tsn_to_object(this_value)));
  return p ? tsn_from_cell(p) : TSN_NULL;
}

/* set Object.prototype.__proto__ (ECMA-262 B.2.2.1.2): a prototype that is neither an object nor null,
 * or a primitive receiver, is ignored; otherwise [[SetPrototypeOf]], which throws on a cycle or a
 * non-extensible receiver. Errors: TypeError (V8's text) for a null or undefined receiver. */
static tsn_value proto_set_proto(ARGS) {
  if (tsn_is_nullish(this_value)) tsn_throw_type_error("set Object.prototype.__proto__ called on null or undefined");
  tsn_value proto = ARG(0);
  if ((!tsn_is_object(proto) && !tsn_is_null(proto)) || !tsn_is_object(this_value)) return TSN_UNDEFINED;
  tsn_set_prototype_of(tsn_as_object(this_value), tsn_is_null(proto) ? NULL : tsn_as_object(proto));
  return TSN_UNDEFINED;
}

void tsn_lib_object_init(void) {
  tsn_object *proto = tsn_intrinsics.object_prototype;
  object_ctor = tsn_lib_define_constructor("Object", Object_ctor, 1, proto);
  tsn_object *c = tsn_as_object(object_ctor);
  tsn_define_builtin(c, "assign", Object_assign, 2);
  tsn_define_builtin(c, "getOwnPropertyDescriptor", Object_getOwnPropertyDescriptor, 2);
  tsn_define_builtin(c, "getOwnPropertyDescriptors", Object_getOwnPropertyDescriptors, 1);
  tsn_define_builtin(c, "getOwnPropertyNames", Object_getOwnPropertyNames, 1);
  tsn_define_builtin(c, "getOwnPropertySymbols", Object_getOwnPropertySymbols, 1);
  tsn_define_builtin(c, "hasOwn", Object_hasOwn, 2);
  tsn_define_builtin(c, "is", Object_is, 2);
  tsn_define_builtin(c, "preventExtensions", Object_preventExtensions, 1);
  tsn_define_builtin(c, "seal", Object_seal, 1);
  tsn_define_builtin(c, "create", Object_create, 2);
  tsn_define_builtin(c, "defineProperties", Object_defineProperties, 2);
  tsn_define_builtin(c, "defineProperty", Object_defineProperty, 3);
  tsn_define_builtin(c, "freeze", Object_freeze, 1);

  tsn_define_builtin(c, "getPrototypeOf", Object_getPrototypeOf, 1);
  tsn_define_builtin(c, "setPrototypeOf", Object_setPrototypeOf, 2);
  tsn_define_builtin(c, "isExtensible", Object_isExtensible, 1);
  tsn_define_builtin(c, "isFrozen", Object_isFrozen, 1);
  tsn_define_builtin(c, "isSealed", Object_isSealed, 1);
  tsn_define_builtin(c, "keys", Object_keys, 1);
  tsn_define_builtin(c, "entries", Object_entries, 1);
  tsn_define_builtin(c, "fromEntries", Object_fromEntries, 1);
  tsn_define_builtin(c, "values", Object_values, 1);
  tsn_define_builtin(c, "groupBy", Object_groupBy, 2);
  tsn_define_builtin(proto, "hasOwnProperty", proto_hasOwnProperty, 1);
  tsn_define_builtin(proto, "isPrototypeOf", proto_isPrototypeOf, 1);
  tsn_define_builtin(proto, "propertyIsEnumerable", proto_propertyIsEnumerable, 1);
  tsn_define_builtin(proto, "toString", proto_toString, 0);
  tsn_define_builtin(proto, "valueOf", proto_valueOf, 0);
  tsn_define_builtin(proto, "toLocaleString", proto_toLocaleString, 0);
  tsn_define_accessor(proto, tsn_str_intern_ascii("__proto__"), tsn_builtin_new(proto_get_proto, "get __proto__", 0),
                      tsn_builtin_new(proto_set_proto, "set __proto__", 1), TSN_ATTR_CONFIGURABLE);
}
