/*
 * lib_error.c — Error and the NativeError constructors (ECMA-262 20.5): callable with or without
 * new, `message` and `cause` own properties, a V8-style `stack` ("Name: message\n    at <anonymous>"),
 * Error.prototype.toString and Error.captureStackTrace.
 */
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

/* The constructor's own intrinsic prototype is kept in the builtin's data pointer. */
static tsn_value Error_ctor(ARGS) {
  tsn_object *fallback = tsn_as_function(tsn_from_cell(callee))->data;
  tsn_object *proto = fallback;
  if (tsn_is_undefined(new_target)) new_target = tsn_from_cell(callee);
  tsn_value p = tsn_get(new_target, tsn_atom.prototype);
  if (tsn_is_object(p)) proto = tsn_as_object(p);
  tsn_value e = tsn_make_error(proto, ARG(0));
  tsn_value options = ARG(1);
  if (tsn_is_object(options) && tsn_has_property(options, tsn_atom.cause))
    tsn_define_own(tsn_as_object(e), tsn_atom.cause, tsn_get(options, tsn_atom.cause), TSN_ATTR_HIDDEN);
  return e;
}

/* Error.prototype.toString (ECMA-262 20.5.3.4). */
static tsn_value proto_toString(ARGS) {
  if (!tsn_is_object(this_value)) tsn_lib_throw_incompatible("Error.prototype.toString", this_value);
  return tsn_error_to_string(this_value);
}

/* Error.captureStackTrace(obj): gives obj a `stack` like a fresh error's. */
static tsn_value Error_captureStackTrace(ARGS) {
  tsn_value o = ARG(0);
  if (!tsn_is_object(o)) tsn_throw_type_error("Invalid argument");
  tsn_error_install_stack(tsn_as_object(o));
  return TSN_UNDEFINED;
}

static tsn_value define_error(const char *name, tsn_object *proto, tsn_value parent_ctor) {
  tsn_value ctor = tsn_lib_define_constructor(name, Error_ctor, 1, proto);
  tsn_as_function(ctor)->data = proto;
  if (tsn_is_object(parent_ctor)) tsn_set_prototype_of(tsn_as_object(ctor), tsn_as_object(parent_ctor));
  tsn_define_own(proto, tsn_atom.name, tsn_str_intern_ascii(name), TSN_ATTR_HIDDEN);
  tsn_define_own(proto, tsn_atom.message, tsn_atom.empty, TSN_ATTR_HIDDEN);
  return ctor;
}

void tsn_lib_error_init(void) {
  tsn_realm *r = &tsn_intrinsics;
  tsn_value error = define_error("Error", r->error_prototype, TSN_UNDEFINED);
  tsn_define_builtin(r->error_prototype, "toString", proto_toString, 0);
  tsn_define_builtin(tsn_as_object(error), "captureStackTrace", Error_captureStackTrace, 2);
  define_error("EvalError", r->eval_error_prototype, error);
  define_error("RangeError", r->range_error_prototype, error);
  define_error("ReferenceError", r->reference_error_prototype, error);
  define_error("SyntaxError", r->syntax_error_prototype, error);
  define_error("TypeError", r->type_error_prototype, error);
  define_error("URIError", r->uri_error_prototype, error);
}
