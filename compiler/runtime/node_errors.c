/*
 * node_errors.c — Node's internal errors (node_errors.h).
 */
#include "node_errors.h"

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

/* toString of Node's internal errors: "Name [CODE]: message". */
static tsn_value node_error_toString(ARGS) {
  tsn_value parts[] = {tsn_to_string(tsn_get(this_value, tsn_atom.name)), tsn_str_intern_ascii(" ["),
                       tsn_to_string(tsn_get(this_value, tsn_str_intern_ascii("code"))), tsn_str_intern_ascii("]: "),
                       tsn_to_string(tsn_get(this_value, tsn_atom.message))};
  tsn_value r = parts[0];
  for (int i = 1; i < 5; i++) r = tsn_str_concat(r, parts[i]);
  return r;
}

_Noreturn void tsn_throw_node_error(tsn_object *error_proto, const char *code, tsn_value message) {
  tsn_object *proto = tsn_object_new(error_proto);
  tsn_define_builtin(proto, "toString", node_error_toString, 0);
  tsn_object *e = tsn_object_new_class(proto, TSN_CLASS_ERROR);
  tsn_define_own(e, tsn_atom.stack, TSN_UNDEFINED, TSN_ATTR_HIDDEN);
  tsn_define_own(e, tsn_str_intern_ascii("code"), tsn_str_intern_ascii(code), TSN_ATTR_DEFAULT);
  tsn_define_own(e, tsn_atom.message, message, TSN_ATTR_HIDDEN);
  tsn_value header = node_error_toString(NULL, tsn_from_cell(e), 0, NULL, TSN_UNDEFINED);
  tsn_define_own(e, tsn_atom.stack, tsn_str_concat(header, tsn_str_intern_ascii("\n    at <anonymous>")), TSN_ATTR_HIDDEN);
  tsn_throw(tsn_from_cell(e));
}

tsn_value tsn_node_received_text(tsn_value v) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "Received ");
  if (tsn_is_nullish(v)) {
    tsn_strbuf_push_string(&b, tsn_to_string(v));
  } else if (tsn_is_object(v)) {
    tsn_strbuf_push_ascii(&b, tsn_is_callable(v) ? "function " : "an instance of ");
    tsn_value name = tsn_is_callable(v) ? tsn_as_function(v)->name : tsn_get(tsn_get(v, tsn_atom.constructor), tsn_atom.name);
    tsn_strbuf_push_string(&b, tsn_is_string(name) ? name : tsn_atom.empty);
  } else {
    tsn_strbuf_push_ascii(&b, "type ");
    tsn_strbuf_push_string(&b, tsn_op_typeof(v));
    tsn_strbuf_push_ascii(&b, tsn_is_string(v) ? " ('" : " (");
    tsn_strbuf_push_string(&b, tsn_is_symbol(v) ? tsn_lib_receiver_text(v) : tsn_to_string(v));
    tsn_strbuf_push_ascii(&b, tsn_is_string(v) ? "')" : ")");
  }
  return tsn_strbuf_finish(&b);
}


_Noreturn void tsn_throw_invalid_arg_type(const char *name, const char *type, tsn_value received) {
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "The \"");
  tsn_strbuf_push_ascii(&b, name);
  tsn_strbuf_push_ascii(&b, "\" argument must be of type ");
  tsn_strbuf_push_ascii(&b, type);
  tsn_strbuf_push_ascii(&b, ". ");
  tsn_strbuf_push_string(&b, tsn_node_received_text(received));
  tsn_throw_node_error(tsn_intrinsics.type_error_prototype, "ERR_INVALID_ARG_TYPE", tsn_strbuf_finish(&b));
}
