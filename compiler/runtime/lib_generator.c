/*
 * lib_generator.c — %GeneratorFunction% (27.3.1: like Function, it cannot compile source text in a
 * native executable), %GeneratorFunction.prototype% (27.3.3) and %GeneratorPrototype% (27.5.1) with
 * next/return/throw, their Symbol.toStringTag values "GeneratorFunction" and "Generator", and V8's
 * "Method [Generator].prototype.next called on incompatible receiver ..." errors.
 */
#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "generator.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

static tsn_generator *this_generator(tsn_value this_value, const char *method) {
  tsn_generator *g = tsn_generator_of(this_value, TSN_BRAND_GENERATOR);
  if (!g) tsn_lib_throw_incompatible(method, this_value);
  return g;
}

/* 27.5.1.2 %GeneratorPrototype%.next(value) */
static tsn_value generator_next(ARGS);

tsn_generator *tsn_generator_with_intrinsic_next(tsn_value iterator, tsn_value next) {
  if (!tsn_is_callable(next) || tsn_as_function(next)->code != generator_next) return NULL;
  return tsn_generator_of(iterator, TSN_BRAND_GENERATOR);
}

static tsn_value generator_next(ARGS) {
  return tsn_generator_resume(this_generator(this_value, "[Generator].prototype.next"), tsn_arg(argc, argv, 0));
}

/* 27.5.1.3 %GeneratorPrototype%.return(value) */
static tsn_value generator_return(ARGS) {
  tsn_generator *g = this_generator(this_value, "[Generator].prototype.return");
  return tsn_generator_resume_abrupt(g, TSN_RESUME_RETURN, tsn_arg(argc, argv, 0));
}

/* 27.5.1.4 %GeneratorPrototype%.throw(exception) */
static tsn_value generator_throw(ARGS) {
  tsn_generator *g = this_generator(this_value, "[Generator].prototype.throw");
  return tsn_generator_resume_abrupt(g, TSN_RESUME_THROW, tsn_arg(argc, argv, 0));
}

/* 27.3.1.1 GeneratorFunction(...args): CreateDynamicFunction, which needs a compiler at run time. */
static tsn_value generator_function_ctor(ARGS) {
  tsn_lib_throw_dynamic_code_disallowed();
}

void tsn_lib_generator_init(void) {
  tsn_object *gfp = tsn_intrinsics.generator_function_prototype, *gp = tsn_intrinsics.generator_prototype;
  tsn_value ctor = tsn_builtin_new(generator_function_ctor, "GeneratorFunction", 1);
  tsn_object *c = tsn_as_object(ctor);
  tsn_as_function(ctor)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_set_prototype_of(c, tsn_as_object(tsn_global_get(tsn_str_intern_ascii("Function"))));
  tsn_define_own(c, tsn_atom.prototype, tsn_from_cell(gfp), 0);
  tsn_define_own(gfp, tsn_atom.prototype, tsn_from_cell(gp), TSN_ATTR_CONFIGURABLE);
  tsn_define_own(gfp, tsn_atom.constructor, ctor, TSN_ATTR_CONFIGURABLE);
  tsn_lib_define_to_string_tag(gfp, "GeneratorFunction");
  tsn_define_own(gp, tsn_atom.constructor, tsn_from_cell(gfp), TSN_ATTR_CONFIGURABLE);
  tsn_define_builtin(gp, "next", generator_next, 1);
  tsn_define_builtin(gp, "return", generator_return, 1);
  tsn_define_builtin(gp, "throw", generator_throw, 1);
  tsn_lib_define_to_string_tag(gp, "Generator");
}
