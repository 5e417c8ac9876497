/*
 * lib_async_generator.c — %AsyncGeneratorFunction% (27.4.1: cannot compile source text in a native
 * executable), %AsyncGeneratorFunction.prototype% (27.4.3) and %AsyncGeneratorPrototype% (27.6.1)
 * with next/return/throw and their Symbol.toStringTag values "AsyncGeneratorFunction" and
 * "AsyncGenerator".
 */
#include "async_generator.h"
#include "atoms.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

static tsn_value async_generator_next(ARGS) { return tsn_async_generator_enqueue(this_value, TSN_RESUME_NEXT, tsn_arg(argc, argv, 0)); }
static tsn_value async_generator_return(ARGS) { return tsn_async_generator_enqueue(this_value, TSN_RESUME_RETURN, tsn_arg(argc, argv, 0)); }
static tsn_value async_generator_throw(ARGS) { return tsn_async_generator_enqueue(this_value, TSN_RESUME_THROW, tsn_arg(argc, argv, 0)); }

static tsn_value async_generator_function_ctor(ARGS) { tsn_lib_throw_dynamic_code_disallowed(); }

void tsn_lib_async_generator_init(void) {
  tsn_object *agfp = tsn_intrinsics.async_generator_function_prototype, *agp = tsn_intrinsics.async_generator_prototype;
  tsn_value ctor = tsn_builtin_new(async_generator_function_ctor, "AsyncGeneratorFunction", 1);
  tsn_object *c = tsn_as_object(ctor);
  tsn_as_function(ctor)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_set_prototype_of(c, tsn_as_object(tsn_global_get(tsn_str_intern_ascii("Function"))));
  tsn_define_own(c, tsn_atom.prototype, tsn_from_cell(agfp), 0);
  tsn_define_own(agfp, tsn_atom.prototype, tsn_from_cell(agp), TSN_ATTR_CONFIGURABLE);
  tsn_define_own(agfp, tsn_atom.constructor, ctor, TSN_ATTR_CONFIGURABLE);
  tsn_lib_define_to_string_tag(agfp, "AsyncGeneratorFunction");
  tsn_define_own(agp, tsn_atom.constructor, tsn_from_cell(agfp), TSN_ATTR_CONFIGURABLE);
  tsn_define_builtin(agp, "next", async_generator_next, 1);
  tsn_define_builtin(agp, "return", async_generator_return, 1);
  tsn_define_builtin(agp, "throw", async_generator_throw, 1);
  tsn_lib_define_to_string_tag(agp, "AsyncGenerator");
}
