/*
 * lib_async_function.c — %AsyncFunction% (27.7.1: like Function, it cannot compile source text in a
 * native executable) and %AsyncFunction.prototype% (27.7.3) with its Symbol.toStringTag
 * "AsyncFunction". %AsyncFunction% is not a global; it is reached as the constructor of an async
 * function's prototype.
 */
#include "atoms.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

/* 27.7.1.1 AsyncFunction(...args): CreateDynamicFunction, which needs a compiler at run time. */
static tsn_value async_function_ctor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_lib_throw_dynamic_code_disallowed();
}

void tsn_lib_async_function_init(void) {
  tsn_object *afp = tsn_intrinsics.async_function_prototype;
  tsn_value ctor = tsn_builtin_new(async_function_ctor, "AsyncFunction", 1);
  tsn_object *c = tsn_as_object(ctor);
  tsn_as_function(ctor)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_set_prototype_of(c, tsn_as_object(tsn_global_get(tsn_str_intern_ascii("Function"))));
  tsn_define_own(c, tsn_atom.prototype, tsn_from_cell(afp), 0);
  tsn_define_own(afp, tsn_atom.constructor, ctor, TSN_ATTR_CONFIGURABLE);
  tsn_lib_define_to_string_tag(afp, "AsyncFunction");
}
