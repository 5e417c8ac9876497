/*
 * compiled.c — runtime helpers targeted by the C backend (see compiled.h for the contracts).
 */
#include "compiled.h"
#include "alloc.h"
#include "atoms.h"
#include "symbol.h"

void tsn_throw_tdz(const char *name) {
  tsn_throw_reference_error("Cannot access '%s' before initialization", name);
}

void tsn_throw_this_tdz(void) {
  tsn_throw_reference_error("Must call super constructor in derived class before accessing 'this' or returning from derived constructor");
}

tsn_value tsn_global_get_miss(tsn_value name, tsn_global_ic *ic) {
  int attrs = 0;
  tsn_value *slot = tsn_own_slot(tsn_intrinsics.global, name, &attrs);
  if (slot != NULL && !(attrs & TSN_ATTR_ACCESSOR)) {
    ic->slot = slot;
    ic->epoch = tsn_proto_epoch;
    return *slot;
  }
  return tsn_global_get(name);
}

tsn_value tsn_global_typeof(tsn_value name) {
  tsn_value global = tsn_from_cell(tsn_intrinsics.global);
  if (!tsn_has_property(global, name)) return tsn_atom.undefined;
  return tsn_op_typeof(tsn_get(global, name));
}

void tsn_global_set(tsn_value name, tsn_value v, bool strict) {
  tsn_value global = tsn_from_cell(tsn_intrinsics.global);
  if (!strict) { tsn_set_sloppy(global, name, v); return; }
  if (!tsn_has_property(global, name)) tsn_throw_reference_error("%s is not defined", tsn_key_text(name));
  tsn_set(global, name, v);
}

bool tsn_global_delete(tsn_value name) { return tsn_delete_property_sloppy(tsn_from_cell(tsn_intrinsics.global), name); }

tsn_value tsn_function_home(tsn_object *callee) {
  tsn_object *home = ((tsn_function *)callee->internal)->home_object;
  return home ? tsn_from_cell(home) : TSN_UNDEFINED;
}

tsn_env *tsn_env_copy(tsn_env *env) {
  uint32_t n = env->hdr.aux;
  tsn_env *copy = tsn_env_new(env->parent, n);
  memcpy(copy->vars, env->vars, n * sizeof(tsn_value));
  return copy;
}

/* ---- for-in ---- */

tsn_value tsn_for_in_keys(tsn_value obj) {
  tsn_value keys = tsn_new_array(0);
  if (tsn_is_nullish(obj)) return keys;
  tsn_object *seen = tsn_object_new(NULL); /* keys already visited: shadow the prototypes' */
  for (tsn_object *o = tsn_to_object(obj); o; o = o->proto) {
    uint32_t n_all, n_enum;
    tsn_value *all = tsn_own_keys(o, false, false, &n_all);
    tsn_value *enumerable = tsn_own_keys(o, true, false, &n_enum);
    uint32_t e = 0; /* enumerable keys are a subsequence of all keys, in the same order */
    for (uint32_t i = 0; i < n_all; i++) {
      bool is_enumerable = e < n_enum && enumerable[e] == all[i];
      if (is_enumerable) e++;
      if (tsn_has_own_property(seen, all[i])) continue;
      tsn_define_own(seen, all[i], TSN_TRUE, TSN_ATTR_DEFAULT);
      if (is_enumerable) tsn_array_push(keys, all[i]);
    }
  }
  return keys;
}

bool tsn_for_in_next(tsn_value keys, tsn_value obj, uint32_t index, tsn_value *out) {
  tsn_object *k = tsn_as_object(keys);
  while (index < k->length) {
    tsn_value key = k->elements[index];
    if (tsn_is_object(obj) ? tsn_has_property(obj, key) : true) {
      *out = key;
      return true;
    }
    /* deleted before being reached: skip it (and shift so the caller's index stays in step) */
    memmove(k->elements + index, k->elements + index + 1, (k->length - index - 1) * sizeof(tsn_value));
    k->length--;
  }
  return false;
}

/* ---- classes and super ---- */

tsn_value tsn_super_get(tsn_value home, tsn_value this_value, tsn_value key) {
  tsn_object *start = tsn_as_object(home)->proto;
  for (tsn_object *o = start; o; o = o->proto) {
    int attrs = 0;
    tsn_value *slot = tsn_own_slot(o, key, &attrs);
    if (slot == NULL) continue;
    if (attrs & TSN_ATTR_ACCESSOR) {
      tsn_accessor *acc = (tsn_accessor *)tsn_as_cell(*slot);
      return tsn_is_undefined(acc->getter) ? TSN_UNDEFINED : tsn_call(acc->getter, this_value, 0, NULL, NULL);
    }
    return *slot;
  }
  return TSN_UNDEFINED;
}

tsn_value tsn_super_construct(tsn_object *callee, tsn_value new_target, int argc, const tsn_value *argv) {
  tsn_object *parent = callee->proto;
  tsn_value p = parent ? tsn_from_cell(parent) : TSN_NULL;
  if (!tsn_is_callable(p)) tsn_throw_type_error("Super constructor %s of anonymous class is not a constructor", parent ? "[object]" : "null");
  return tsn_construct(p, argc, argv, new_target, NULL);
}

tsn_value tsn_class_create(tsn_value parent, tsn_code code, tsn_env *env, tsn_value name, uint32_t length, tsn_object **proto_out) {
  tsn_object *proto_parent = tsn_intrinsics.object_prototype;
  tsn_object *ctor_parent = tsn_intrinsics.function_prototype;
  bool derived = parent != TSN_EMPTY;
  if (derived) {
    if (tsn_is_null(parent)) {
      proto_parent = NULL;
    } else {
      if (!tsn_is_callable(parent)) {
        tsn_value text = tsn_inspect(parent, NULL);
        tsn_throw_type_error("Class extends value %s is not a constructor or null", tsn_str_to_utf8(text, NULL));
      }
      tsn_value pp = tsn_get(parent, tsn_atom.prototype);
      if (!tsn_is_object(pp) && !tsn_is_null(pp))
        tsn_throw_type_error("Class extends value does not have valid prototype property %s", tsn_str_to_utf8(tsn_inspect(pp, NULL), NULL));
      proto_parent = tsn_is_null(pp) ? NULL : tsn_as_object(pp);
      ctor_parent = tsn_as_object(parent);
    }
  }
  tsn_value f = tsn_function_new(code, env, name, length, derived ? TSN_FN_DERIVED_CLASS : TSN_FN_CLASS);
  tsn_object *fo = tsn_as_object(f);
  tsn_set_prototype_of(fo, ctor_parent);
  tsn_object *proto = tsn_object_new(proto_parent);
  tsn_define_own(fo, tsn_atom.prototype, tsn_from_cell(proto), 0);
  tsn_define_own(proto, tsn_atom.constructor, f, TSN_ATTR_HIDDEN);
  tsn_as_function(f)->home_object = proto;
  *proto_out = proto;
  return f;
}

void tsn_define_method(tsn_object *target, tsn_value key, tsn_value fn, int kind, bool enumerable) {
  int attrs = TSN_ATTR_CONFIGURABLE | (enumerable ? TSN_ATTR_ENUMERABLE : 0);
  if (kind == 0) {
    tsn_define_own(target, key, fn, attrs | TSN_ATTR_WRITABLE);
    return;
  }
  tsn_value getter = TSN_UNDEFINED, setter = TSN_UNDEFINED;
  int old_attrs = 0;
  tsn_value *slot = tsn_own_slot(target, key, &old_attrs);
  if (slot != NULL && (old_attrs & TSN_ATTR_ACCESSOR)) {
    tsn_accessor *acc = (tsn_accessor *)tsn_as_cell(*slot);
    getter = acc->getter;
    setter = acc->setter;
  }
  if (kind == 1) getter = fn;
  else setter = fn;
  tsn_define_accessor(target, key, getter, setter, attrs);
}

static bool is_private(tsn_value key) {
  return tsn_is_symbol(key) && (tsn_as_cell(key)->bits & TSN_SYMBOL_PRIVATE);
}

static const char *private_text(tsn_value key) {
  return tsn_str_to_utf8(tsn_as_symbol(key)->description, NULL);
}

void tsn_define_field(tsn_value obj, tsn_value key, tsn_value v) {
  tsn_object *o = tsn_as_object(obj);
  if (is_private(key)) {
    if (tsn_own_slot(o, key, NULL) != NULL) tsn_throw_type_error("Cannot initialize %s twice on the same object", private_text(key));
    tsn_define_own(o, key, v, TSN_ATTR_WRITABLE);
    return;
  }
  tsn_define_own(o, key, v, TSN_ATTR_DEFAULT);
}

void tsn_set_function_name(tsn_value fn, tsn_value key, const char *prefix) {
  tsn_value name;
  if (tsn_is_symbol(key)) {
    tsn_value desc = tsn_as_symbol(key)->description;
    name = tsn_is_undefined(desc) ? tsn_atom.empty : tsn_str_concat(tsn_str_concat(tsn_str_intern_ascii("["), desc), tsn_str_intern_ascii("]"));
  } else {
    name = tsn_to_string(key);
  }
  if (prefix[0]) name = tsn_str_concat(tsn_str_intern_ascii(prefix), name);
  tsn_as_function(fn)->name = name;
  tsn_define_own(tsn_as_object(fn), tsn_atom.name, name, TSN_ATTR_CONFIGURABLE);
}

void tsn_object_spread(tsn_value target, tsn_value source) {
  if (tsn_is_nullish(source)) return;
  if (tsn_is_string(source)) {
    uint32_t n = tsn_str_length(source);
    for (uint32_t i = 0; i < n; i++)
      tsn_define_own(tsn_as_object(target), tsn_to_property_key(tsn_from_double(i)), tsn_str_from_code_unit(tsn_str_char_at(source, i)), TSN_ATTR_DEFAULT);
    return;
  }
  if (!tsn_is_object(source)) return;
  uint32_t n;
  tsn_value *keys = tsn_own_keys(tsn_as_object(source), true, true, &n);
  for (uint32_t i = 0; i < n; i++) tsn_define_own(tsn_as_object(target), keys[i], tsn_get(source, keys[i]), TSN_ATTR_DEFAULT);
}

/* ---- private names ---- */

tsn_value tsn_private_name_new(tsn_value description) {
  tsn_value sym = tsn_symbol_new(description);
  tsn_as_cell(sym)->bits |= TSN_SYMBOL_PRIVATE;
  return sym;
}

static tsn_value *private_slot(tsn_value obj, tsn_value key, int *attrs) {
  if (!tsn_is_object(obj)) return NULL;
  return tsn_own_slot(tsn_as_object(obj), key, attrs);
}

tsn_value tsn_private_get(tsn_value obj, tsn_value key, const char *brand) {
  int attrs = 0;
  tsn_value *slot = private_slot(obj, key, &attrs);
  if (slot == NULL && brand != NULL) tsn_throw_type_error("Receiver must be an instance of class %s", brand);
  if (slot == NULL) tsn_throw_type_error("Cannot read private member %s from an object whose class did not declare it", private_text(key));
  if (attrs & TSN_ATTR_ACCESSOR) {
    tsn_accessor *acc = (tsn_accessor *)tsn_as_cell(*slot);
    if (tsn_is_undefined(acc->getter)) tsn_throw_type_error("'%s' was defined without a getter", private_text(key));
    return tsn_call(acc->getter, obj, 0, NULL, NULL);
  }
  return *slot;
}

void tsn_private_set(tsn_value obj, tsn_value key, tsn_value v, const char *brand) {
  int attrs = 0;
  tsn_value *slot = private_slot(obj, key, &attrs);
  if (slot == NULL && brand != NULL) tsn_throw_type_error("Receiver must be an instance of class %s", brand);
  if (slot == NULL) tsn_throw_type_error("Cannot write private member %s to an object whose class did not declare it", private_text(key));
  if (attrs & TSN_ATTR_ACCESSOR) {
    tsn_accessor *acc = (tsn_accessor *)tsn_as_cell(*slot);
    if (tsn_is_undefined(acc->setter)) tsn_throw_type_error("'%s' was defined without a setter", private_text(key));
    tsn_call(acc->setter, obj, 1, &v, NULL);
    return;
  }
  if (brand != NULL) tsn_throw_type_error("Private method '%s' is not writable", private_text(key));
  *slot = v;
}

bool tsn_private_in(tsn_value obj, tsn_value key) {
  if (!tsn_is_object(obj)) tsn_throw_type_error("Cannot use 'in' operator to search for '%s' in %s", private_text(key), tsn_str_to_utf8(tsn_to_string(obj), NULL));
  return private_slot(obj, key, NULL) != NULL;
}

/* ---- destructuring ---- */

static const char *text_or_null(tsn_value text) {
  return tsn_is_string(text) ? tsn_str_to_utf8(text, NULL) : NULL;
}

tsn_value tsn_destructure_iterable(tsn_value v, tsn_value n, tsn_value rest, tsn_value text) {
  uint32_t count = (uint32_t)tsn_as_double(n);
  tsn_value out = tsn_new_array(0);
  tsn_iter it;
  tsn_iter_open(&it, v, text_or_null(text));
  uint32_t got = 0;
  bool done = false;
  while (got < count) {
    tsn_value item;
    if (!tsn_iter_step(&it, &item)) {
      done = true;
      break;
    }
    tsn_array_push(out, item);
    got++;
  }
  for (; got < count; got++) tsn_array_push(out, TSN_UNDEFINED);
  if (rest == TSN_TRUE) {
    tsn_value tail = tsn_new_array(0);
    tsn_value item;
    while (!done && tsn_iter_step(&it, &item)) tsn_array_push(tail, item);
    tsn_array_push(out, tail);
  } else if (!done) {
    tsn_iter_close(&it);
  }
  return out;
}

tsn_value tsn_object_rest(tsn_value v, tsn_value keys) {
  tsn_value out = tsn_new_object();
  tsn_object *excluded = tsn_as_object(keys);
  uint32_t n;
  tsn_value *own = tsn_own_keys(tsn_to_object(v), true, true, &n);
  for (uint32_t i = 0; i < n; i++) {
    bool skip = false;
    for (uint32_t j = 0; j < excluded->length && !skip; j++) skip = tsn_to_property_key(excluded->elements[j]) == own[i];
    if (!skip) tsn_define_own(tsn_as_object(out), own[i], tsn_get(v, own[i]), TSN_ATTR_DEFAULT);
  }
  return out;
}

tsn_value tsn_require_object_coercible(tsn_value v, tsn_value first_key, tsn_value text) {
  if (!tsn_is_nullish(v)) return v;
  const char *what = tsn_is_null(v) ? "null" : "undefined";
  if (tsn_is_string(first_key))
    tsn_throw_type_error("Cannot destructure property '%s' of '%s' as it is %s.", tsn_str_to_utf8(first_key, NULL), text_or_null(text), what);
  tsn_throw_type_error("Cannot destructure '%s' as it is %s.", text_or_null(text), what);
}
