/*
 * lib_error.c — Error and the NativeError constructors (ECMA-262 20.5): callable with or without
 * new, `message` and `cause` own properties, a V8-style `stack` ("Name: message\n    at <anonymous>"),
 * AggregateError's `errors`, Error.prototype.toString, Error.captureStackTrace and Error.stackTraceLimit.
 */
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "iter.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

/* The shared steps of the Error constructors (ECMA-262 20.5.1.1, 20.5.7.1.1): the prototype from
 * NewTarget (or the constructor's own intrinsic prototype, kept in the builtin's data pointer),
 * `message` and InstallErrorCause. */
static tsn_value construct_error(tsn_object *callee, tsn_value new_target, tsn_value message, tsn_value options) {
  tsn_object *proto = tsn_as_function(tsn_from_cell(callee))->data;
  if (tsn_is_undefined(new_target)) new_target = tsn_from_cell(callee);
  tsn_value p = tsn_get(new_target, tsn_atom.prototype);
  if (tsn_is_object(p)) proto = tsn_as_object(p);
  tsn_value e = tsn_make_error(proto, message);
  if (tsn_is_object(options) && tsn_has_property(options, tsn_atom.cause))
    tsn_define_own(tsn_as_object(e), tsn_atom.cause, tsn_get(options, tsn_atom.cause), TSN_ATTR_HIDDEN);
  return e;
}

static tsn_value Error_ctor(ARGS) { return construct_error(callee, new_target, ARG(0), ARG(1)); }

/* AggregateError(errors, message, options) (ECMA-262 20.5.7.1.1): `errors` is an own
 * non-enumerable array of the iterable's values, defined after message and cause. */
static tsn_value AggregateError_ctor(ARGS) {
  tsn_value e = construct_error(callee, new_target, ARG(1), ARG(2));
  tsn_value errors = tsn_new_array(0);
  tsn_iter it;
  tsn_iter_open(&it, ARG(0), NULL);
  tsn_value item;
  while (tsn_iter_step(&it, &item)) tsn_array_push(errors, item);
  tsn_define_own(tsn_as_object(e), tsn_atom.errors, errors, TSN_ATTR_HIDDEN);
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
  if (!tsn_is_object(o)) tsn_throw_type_error("invalid_argument");
  tsn_error_install_stack(tsn_as_object(o));
  return TSN_UNDEFINED;
}

/* Error.isError(arg) (ES2026 20.5.2.1): true for objects with an [[ErrorData]] slot. */
static tsn_value Error_isError(ARGS) { return tsn_from_bool(tsn_is_object(ARG(0)) && tsn_as_cell(ARG(0))->class_id == TSN_CLASS_ERROR); }

static tsn_value define_error(const char *name, tsn_code code, uint32_t length, tsn_object *proto, tsn_value parent_ctor) {
  tsn_value ctor = tsn_lib_define_constructor(name, code, length, proto);
  tsn_as_function(ctor)->data = proto;
  if (tsn_is_object(parent_ctor)) tsn_set_prototype_of(tsn_as_object(ctor), tsn_as_object(parent_ctor));
  tsn_define_own(proto, tsn_atom.name, tsn_str_intern_ascii(name), TSN_ATTR_HIDDEN);
  tsn_define_own(proto, tsn_atom.message, tsn_atom.empty, TSN_ATTR_HIDDEN);
  return ctor;
}

void tsn_lib_error_init(void) {
  tsn_realm *r = &tsn_intrinsics;
  tsn_value error = define_error("Error", Error_ctor, 1, r->error_prototype, TSN_UNDEFINED);
  r->error_constructor = tsn_as_object(error);
  tsn_define_builtin(r->error_prototype, "toString", proto_toString, 0);
  tsn_define_builtin(r->error_constructor, "captureStackTrace", Error_captureStackTrace, 2);
  tsn_define_builtin(r->error_constructor, "isError", Error_isError, 1);
  tsn_lib_define_value(r->error_constructor, "stackTraceLimit", tsn_from_double(10), TSN_ATTR_DEFAULT);
  define_error("EvalError", Error_ctor, 1, r->eval_error_prototype, error);
  define_error("RangeError", Error_ctor, 1, r->range_error_prototype, error);
  define_error("ReferenceError", Error_ctor, 1, r->reference_error_prototype, error);
  define_error("SyntaxError", Error_ctor, 1, r->syntax_error_prototype, error);
  define_error("TypeError", Error_ctor, 1, r->type_error_prototype, error);
  define_error("URIError", Error_ctor, 1, r->uri_error_prototype, error);
  define_error("AggregateError", AggregateError_ctor, 2, r->aggregate_error_prototype, error);
}
