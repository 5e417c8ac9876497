/*
 * function.c — function objects, closure environments, [[Call]] / [[Construct]] (ECMA-262 10.2,
 * 10.3, 10.4.1 bound functions), and OrdinaryCreateFromConstructor.
 */
#include "function.h"

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

tsn_env *tsn_env_new(tsn_env *parent, uint32_t nvars) {
  tsn_env *e = tsn_alloc(sizeof(tsn_env) + nvars * sizeof(tsn_value)); /* zeroed: TSN_EMPTY */
  e->hdr.type = TSN_CELL_ENV;
  e->hdr.aux = nvars;
  e->parent = parent;
  return e;
}

static bool is_constructor_fn(const tsn_function *f) {
  switch (f->kind) {
  case TSN_FN_NORMAL: case TSN_FN_CLASS: case TSN_FN_DERIVED_CLASS: return true;
  case TSN_FN_BUILTIN: return (f->flags & TSN_FNF_CONSTRUCTOR) != 0;
  case TSN_FN_BOUND: return tsn_is_callable(f->bound_target) && is_constructor_fn(tsn_as_function(f->bound_target));
  default: return false;
  }
}

tsn_value tsn_function_new(tsn_code code, tsn_env *env, tsn_value name, uint32_t length, tsn_function_kind kind) {
  tsn_object *proto = kind == TSN_FN_GENERATOR         ? tsn_intrinsics.generator_function_prototype
                      : kind == TSN_FN_ASYNC           ? tsn_intrinsics.async_function_prototype
                      : kind == TSN_FN_ASYNC_GENERATOR ? tsn_intrinsics.async_generator_function_prototype
                                                       : tsn_intrinsics.function_prototype;
  tsn_object *o = tsn_object_new_class(proto, TSN_CLASS_FUNCTION);
  tsn_function *f = tsn_alloc(sizeof(tsn_function));
  f->code = code;
  f->env = env;
  f->name = name;
  f->length = length;
  f->kind = (uint8_t)kind;
  f->bound_target = f->bound_this = TSN_UNDEFINED;
  o->internal = f;
  tsn_value fv = tsn_from_cell(o);
  tsn_define_own(o, tsn_atom.length, tsn_from_double(length), TSN_ATTR_CONFIGURABLE);
  tsn_define_own(o, tsn_atom.name, name, TSN_ATTR_CONFIGURABLE);
  if (kind == TSN_FN_NORMAL || kind == TSN_FN_CLASS || kind == TSN_FN_DERIVED_CLASS) {
    tsn_object *proto = tsn_object_new(tsn_intrinsics.object_prototype);
    tsn_define_own(proto, tsn_atom.constructor, fv, TSN_ATTR_HIDDEN);
    tsn_define_own(o, tsn_atom.prototype, tsn_from_cell(proto), kind == TSN_FN_NORMAL ? TSN_ATTR_WRITABLE : 0);
  } else if (kind == TSN_FN_GENERATOR || kind == TSN_FN_ASYNC_GENERATOR) {
    tsn_object *instance_proto = kind == TSN_FN_GENERATOR ? tsn_intrinsics.generator_prototype : tsn_intrinsics.async_generator_prototype;
    tsn_define_own(o, tsn_atom.prototype, tsn_from_cell(tsn_object_new(instance_proto)), TSN_ATTR_WRITABLE);
  }
  return fv;
}

tsn_value tsn_builtin_new(tsn_code code, const char *name, uint32_t length) {
  return tsn_function_new(code, NULL, tsn_str_intern_ascii(name), length, TSN_FN_BUILTIN);
}

void tsn_define_builtin(tsn_object *target, const char *name, tsn_code code, uint32_t length) {
  tsn_define_own(target, tsn_str_intern_ascii(name), tsn_builtin_new(code, name, length), TSN_ATTR_HIDDEN);
}

/* How V8 names a non-callable value in "x is not a function" when no source text is known. */
static const char *value_text(tsn_value v) {
  size_t n;
  if (tsn_is_string(v)) {
    tsn_strbuf b;
    tsn_strbuf_init(&b);
    tsn_strbuf_push_unit(&b, '"');
    tsn_strbuf_push_string(&b, v);
    tsn_strbuf_push_unit(&b, '"');
    return tsn_str_to_utf8(tsn_strbuf_finish(&b), &n);
  }
  if (tsn_is_object(v)) return tsn_object_class_text(tsn_as_object(v));
  return tsn_key_text(v);
}

tsn_value tsn_call_with_array(tsn_value f, tsn_value this_value, tsn_value args) {
  if (tsn_is_undefined(args)) return tsn_call(f, this_value, 0, NULL, NULL);
  tsn_object *a = tsn_as_object(args);
  return tsn_call(f, this_value, (int)a->length, a->elements, NULL);
}

tsn_value tsn_call(tsn_value f, tsn_value this_value, int argc, const tsn_value *argv, const char *callee_text) {
  if (!tsn_is_callable(f)) tsn_throw_type_error("%s is not a function", callee_text ? callee_text : value_text(f));
  TSN_CHECK_STACK(); /* builtins recursing through calls (e.g. toString of nested arrays) */
  TSN_CHECK_ARGUMENTS(argc);
  tsn_object *callee = tsn_as_object(f);
  tsn_function *fn = callee->internal;
  if (fn->kind == TSN_FN_CLASS || fn->kind == TSN_FN_DERIVED_CLASS) {
    size_t n;
    tsn_throw_type_error("Class constructor %s cannot be invoked without 'new'", tsn_str_to_utf8(fn->name, &n));
  }
  return fn->code(callee, this_value, argc, argv, TSN_UNDEFINED);
}

tsn_value tsn_call_method(tsn_value obj, tsn_value key, tsn_ic *ic, int argc, const tsn_value *argv, const char *callee_text) {
  tsn_value f = ic ? tsn_get_ic(obj, key, ic) : tsn_get(obj, key);
  return tsn_call(f, obj, argc, argv, callee_text);
}

tsn_object *tsn_create_from_constructor(tsn_value new_target, tsn_object *fallback_proto, tsn_class_id cls) {
  tsn_object *proto = fallback_proto;
  if (tsn_is_object(new_target)) {
    tsn_value p = tsn_get(new_target, tsn_atom.prototype);
    if (tsn_is_object(p)) proto = tsn_as_object(p);
  }
  return tsn_object_new_class(proto, cls);
}

bool tsn_is_constructor(tsn_value v) { return tsn_is_callable(v) && is_constructor_fn(tsn_as_function(v)); }

tsn_value tsn_construct(tsn_value f, int argc, const tsn_value *argv, tsn_value new_target, const char *callee_text) {
  if (!tsn_is_callable(f) || !is_constructor_fn(tsn_as_function(f)))
    tsn_throw_type_error("%s is not a constructor", callee_text ? callee_text : value_text(f));
  if (tsn_is_undefined(new_target)) new_target = f;
  TSN_CHECK_STACK();
  TSN_CHECK_ARGUMENTS(argc);
  tsn_object *callee = tsn_as_object(f);
  tsn_function *fn = callee->internal;
  switch (fn->kind) {
  case TSN_FN_BOUND: {
    tsn_value target = fn->bound_target;
    uint32_t n = fn->bound_argc + (uint32_t)argc;
    tsn_value *args = tsn_alloc((n ? n : 1) * sizeof(tsn_value));
    if (fn->bound_argc) memcpy(args, fn->bound_args, fn->bound_argc * sizeof(tsn_value));
    if (argc) memcpy(args + fn->bound_argc, argv, (size_t)argc * sizeof(tsn_value));
    return tsn_construct(target, (int)n, args, new_target == f ? target : new_target, callee_text);
  }
  case TSN_FN_BUILTIN:
    return fn->code(callee, TSN_UNDEFINED, argc, argv, new_target);
  case TSN_FN_DERIVED_CLASS: {
    tsn_value r = fn->code(callee, TSN_EMPTY, argc, argv, new_target);
    if (tsn_is_object(r)) return r;
    tsn_throw_type_error("Derived constructors may only return object or undefined");
  }
  default: {
    tsn_object *obj = tsn_create_from_constructor(new_target, tsn_intrinsics.object_prototype, TSN_CLASS_OBJECT);
    tsn_value this_value = tsn_from_cell(obj);
    if (fn->init_fields) fn->init_fields(callee, this_value);
    tsn_value r = fn->code(callee, this_value, argc, argv, new_target);
    return tsn_is_object(r) ? r : this_value;
  }
  }
}

tsn_value tsn_sloppy_this(tsn_value this_value) {
  if (tsn_is_nullish(this_value)) return tsn_from_cell(tsn_intrinsics.global);
  if (tsn_is_object(this_value)) return this_value;
  return tsn_from_cell(tsn_to_object(this_value));
}
