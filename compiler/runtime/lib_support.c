/*
 * lib_support.c — helpers shared by the builtin libraries (see lib_support.h).
 */
#include "lib_support.h"

#include <stdio.h>

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "realm.h"
#include "str.h"
#include "symbol.h"

tsn_value tsn_lib_this_string(tsn_value this_value, const char *method) {
  if (tsn_is_string(this_value)) return this_value;
  if (tsn_is_nullish(this_value)) tsn_throw_type_error("String.prototype%s%s called on null or undefined", method[0] == '[' ? "" : ".", method);
  return tsn_to_string(this_value);
}

tsn_object *tsn_lib_this_object(tsn_value this_value, const char *method) {
  if (tsn_is_object(this_value)) return tsn_as_object(this_value);
  if (tsn_is_nullish(this_value)) tsn_throw_type_error("%s called on null or undefined", method);
  return tsn_to_object(this_value);
}

static const char *utf8(tsn_value s) {
  size_t n;
  return tsn_str_to_utf8(s, &n);
}

const char *tsn_lib_value_type_text(tsn_value v) {
  if (tsn_is_undefined(v)) return "undefined";
  if (tsn_is_null(v)) return "object null";
  if (v == TSN_TRUE) return "boolean true";
  if (v == TSN_FALSE) return "boolean false";
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  if (tsn_is_number(v)) {
    tsn_strbuf_push_ascii(&b, "number ");
    tsn_strbuf_push_string(&b, tsn_to_string(v));
  } else if (tsn_is_string(v)) {
    tsn_strbuf_push_ascii(&b, "string \"");
    tsn_strbuf_push_string(&b, v);
    tsn_strbuf_push_unit(&b, '"');
  } else {
    return tsn_is_symbol(v) ? "symbol" : tsn_is_callable(v) ? "function" : "object";
  }
  return utf8(tsn_strbuf_finish(&b));
}

void tsn_lib_require_callable(tsn_value v) {
  if (!tsn_is_callable(v)) tsn_throw_type_error("%s is not a function", tsn_lib_value_type_text(v));
}

tsn_value tsn_lib_receiver_text(tsn_value v) {
  if (tsn_is_symbol(v)) return tsn_symbol_descriptive_string(v);
  if (!tsn_is_object(v)) return tsn_to_string(v);
  tsn_object *o = tsn_as_object(v);
  if (o->hdr.class_id == TSN_CLASS_ERROR) return tsn_to_string(v);
  if (o->hdr.class_id != TSN_CLASS_FUNCTION) return tsn_str_from_utf8(tsn_object_class_text(o), strlen(tsn_object_class_text(o)));
  return tsn_function_to_string(v);
}

_Noreturn void tsn_lib_throw_incompatible(const char *method, tsn_value receiver) {
  tsn_throw_type_error("Method %s called on incompatible receiver %s", method, utf8(tsn_lib_receiver_text(receiver)));
}

_Noreturn void tsn_lib_throw_with_message(tsn_object *error_prototype, tsn_value message) {
  tsn_throw(tsn_make_error(error_prototype, message));
}

tsn_value tsn_lib_define_symbol_method(tsn_object *target, tsn_value symbol, const char *function_name, tsn_code code, uint32_t length) {
  tsn_value f = tsn_builtin_new(code, function_name, length);
  tsn_define_own(target, symbol, f, TSN_ATTR_HIDDEN);
  return f;
}

void tsn_lib_define_getter(tsn_object *target, const char *name, tsn_code getter) {
  char fname[64];
  snprintf(fname, sizeof fname, "get %s", name);
  tsn_value g = tsn_builtin_new(getter, fname, 0);
  tsn_define_accessor(target, tsn_str_intern_ascii(name), g, TSN_UNDEFINED, TSN_ATTR_CONFIGURABLE);
}

static tsn_value species_getter(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return this_value;
}

void tsn_lib_define_species(tsn_object *ctor) {
  tsn_value g = tsn_builtin_new(species_getter, "get [Symbol.species]", 0);
  tsn_define_accessor(ctor, tsn_intrinsics.symbol_species, g, TSN_UNDEFINED, TSN_ATTR_CONFIGURABLE);
}

void tsn_lib_define_to_string_tag(tsn_object *target, const char *tag) {
  tsn_define_own(target, tsn_intrinsics.symbol_to_string_tag, tsn_str_intern_ascii(tag), TSN_ATTR_CONFIGURABLE);
}

tsn_value tsn_lib_define_constructor(const char *name, tsn_code code, uint32_t length, tsn_object *prototype) {
  tsn_value ctor = tsn_builtin_new(code, name, length);
  tsn_as_function(ctor)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_define_own(tsn_as_object(ctor), tsn_atom.prototype, tsn_from_cell(prototype), 0);
  tsn_define_own(prototype, tsn_atom.constructor, ctor, TSN_ATTR_HIDDEN);
  tsn_define_own(tsn_intrinsics.global, tsn_str_intern_ascii(name), ctor, TSN_ATTR_HIDDEN);
  return ctor;
}

void tsn_lib_define_value(tsn_object *target, const char *name, tsn_value v, int attrs) {
  tsn_define_own(target, tsn_str_intern_ascii(name), v, attrs);
}

tsn_value tsn_lib_species_constructor(tsn_value o, tsn_value default_constructor) {
  tsn_value c = tsn_get(o, tsn_atom.constructor);
  if (tsn_is_undefined(c)) return default_constructor;
  if (!tsn_is_object(c)) tsn_throw_type_error("object.constructor is not a constructor");
  tsn_value s = tsn_get(c, tsn_intrinsics.symbol_species);
  if (tsn_is_nullish(s)) return default_constructor;
  if (!tsn_is_constructor(s)) tsn_throw_type_error("object.constructor[Symbol.species] is not a constructor");
  return s;
}

tsn_value tsn_lib_index_key(double index) { return tsn_to_property_key(tsn_from_double(index)); }

void tsn_lib_group_by(tsn_value items, tsn_value callback, const char *method,
                      void (*add)(void *groups, tsn_value key, tsn_value item), void *groups) {
  if (tsn_is_nullish(items)) tsn_throw_type_error("%s called on null or undefined", method);
  if (!tsn_is_callable(callback)) tsn_throw_type_error("%s is not a function", tsn_key_text(tsn_lib_receiver_text(callback)));
  tsn_iter it;
  tsn_iter_open(&it, items, NULL);
  tsn_value item;
  double k = 0;
  while (tsn_iter_step(&it, &item)) {
    tsn_value args[2] = {item, tsn_from_double(k++)};
    add(groups, tsn_call(callback, TSN_UNDEFINED, 2, args, NULL), item);
  }
}


_Noreturn void tsn_lib_throw_dynamic_code_disallowed(void) {
  tsn_throw(tsn_make_error(tsn_intrinsics.eval_error_prototype,
                           tsn_str_intern_ascii("Code generation from strings disallowed for this context")));
}
