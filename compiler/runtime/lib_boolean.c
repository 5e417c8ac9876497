/*
 * lib_boolean.c — the Boolean constructor and Boolean.prototype (ECMA-262 20.3).
 */
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

static tsn_value Boolean_ctor(ARGS) {
  tsn_value b = tsn_from_bool(tsn_to_boolean(tsn_arg(argc, argv, 0)));
  if (tsn_is_undefined(new_target)) return b;
  tsn_object *o = tsn_create_from_constructor(new_target, tsn_intrinsics.boolean_prototype, TSN_CLASS_BOOLEAN);
  o->internal = (void *)(uintptr_t)b;
  return tsn_from_cell(o);
}

/* thisBooleanValue (ECMA-262 20.3.3.3.1). */
static tsn_value this_boolean(tsn_value v, const char *method) {
  if (tsn_is_boolean(v)) return v;
  if (tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_BOOLEAN) return (tsn_value)(uintptr_t)tsn_as_object(v)->internal;
  tsn_throw_type_error("Boolean.prototype.%s requires that 'this' be a Boolean", method);
}

static tsn_value proto_toString(ARGS) {
  return tsn_to_string(this_boolean(this_value, "toString"));
}

static tsn_value proto_valueOf(ARGS) { return this_boolean(this_value, "valueOf"); }

void tsn_lib_boolean_init(void) {
  tsn_object *proto = tsn_intrinsics.boolean_prototype;
  tsn_lib_define_constructor("Boolean", Boolean_ctor, 1, proto);
  tsn_define_builtin(proto, "toString", proto_toString, 0);
  tsn_define_builtin(proto, "valueOf", proto_valueOf, 0);
}
