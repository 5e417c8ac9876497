/*
 * lib_function.c — the Function constructor stub and Function.prototype.call/apply/bind/toString
 * (ECMA-262 20.2), bound function exotic objects (10.4.1).
 */
#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "ops.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

/* new Function(...) would compile source text at run time, which a native executable cannot do. */
static tsn_value Function_ctor(ARGS) {
  tsn_lib_throw_dynamic_code_disallowed();
}

static tsn_value proto_call(ARGS) {
  return tsn_call(this_value, ARG(0), argc > 1 ? argc - 1 : 0, argc > 1 ? argv + 1 : NULL, "Function.prototype.call.call");
}

/* CreateListFromArrayLike (ECMA-262 7.3.18); *count receives the length. */
static tsn_value *list_from_array_like(tsn_value v, int *count) {
  if (!tsn_is_object(v)) tsn_throw_type_error("CreateListFromArrayLike called on non-object");
  int64_t len = tsn_to_length(tsn_get(v, tsn_atom.length));
  if (len > 1000000) tsn_throw_range_error("Maximum call stack size exceeded");
  tsn_value *list = tsn_alloc((size_t)(len ? len : 1) * sizeof(tsn_value));
  for (int64_t i = 0; i < len; i++) list[i] = tsn_get_index(v, tsn_from_double((double)i));
  *count = (int)len;
  return list;
}

static tsn_value proto_apply(ARGS) {
  if (!tsn_is_callable(this_value)) tsn_throw_type_error("Function.prototype.apply was called on %s, which is %s and not a function",
                                                         tsn_key_text(tsn_lib_receiver_text(this_value)), tsn_key_text(tsn_op_typeof(this_value)));
  if (tsn_is_nullish(ARG(1))) return tsn_call(this_value, ARG(0), 0, NULL, NULL);
  int n;
  tsn_value *list = list_from_array_like(ARG(1), &n);
  return tsn_call(this_value, ARG(0), n, list, NULL);
}

/* [[Call]] of a bound function: the bound arguments, then the call's own. */
static tsn_value bound_code(ARGS) {
  tsn_function *f = callee->internal;
  uint32_t n = f->bound_argc + (uint32_t)argc;
  tsn_value *args = tsn_alloc((n ? n : 1) * sizeof(tsn_value));
  if (f->bound_argc) memcpy(args, f->bound_args, f->bound_argc * sizeof(tsn_value));
  if (argc) memcpy(args + f->bound_argc, argv, (size_t)argc * sizeof(tsn_value));
  return tsn_call(f->bound_target, f->bound_this, (int)n, args, NULL);
}

static tsn_value proto_bind(ARGS) {
  if (!tsn_is_callable(this_value)) tsn_throw_type_error("Bind must be called on a function");
  uint32_t nargs = argc > 1 ? (uint32_t)argc - 1 : 0;
  double target_len = 0;
  if (tsn_has_own_property(tsn_as_object(this_value), tsn_atom.length)) {
    tsn_value l = tsn_get(this_value, tsn_atom.length);
    if (tsn_is_number(l)) {
      double d = tsn_to_integer_or_infinity(l);
      target_len = d - nargs > 0 ? d - nargs : 0;
    }
  }
  tsn_value target_name = tsn_get(this_value, tsn_atom.name);
  if (!tsn_is_string(target_name)) target_name = tsn_atom.empty;
  tsn_value name = tsn_str_concat(tsn_str_intern_ascii("bound "), target_name);
  tsn_value bf = tsn_function_new(bound_code, NULL, name, (uint32_t)target_len, TSN_FN_BOUND);
  tsn_set_prototype_of(tsn_as_object(bf), tsn_as_object(this_value)->proto);
  tsn_function *f = tsn_as_function(bf);
  f->bound_target = this_value;
  f->bound_this = ARG(0);
  f->bound_argc = nargs;
  if (nargs) {
    f->bound_args = tsn_alloc(nargs * sizeof(tsn_value));
    memcpy(f->bound_args, argv + 1, nargs * sizeof(tsn_value));
  }
  return bf;
}

tsn_value tsn_function_to_string(tsn_value fn) {
  tsn_function *f = tsn_as_function(fn);
  if (f->source != TSN_EMPTY) return f->source;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  bool is_class = f->kind == TSN_FN_CLASS || f->kind == TSN_FN_DERIVED_CLASS;
  tsn_strbuf_push_ascii(&b, is_class ? "class " : "function ");
  if (tsn_is_string(f->name)) tsn_strbuf_push_string(&b, f->name);
  tsn_strbuf_push_ascii(&b, is_class ? " { [native code] }" : "() { [native code] }");
  return tsn_strbuf_finish(&b);
}

static tsn_value proto_toString(ARGS) {
  if (!tsn_is_callable(this_value)) tsn_throw_type_error("Function.prototype.toString requires that 'this' be a Function");
  return tsn_function_to_string(this_value);
}

void tsn_lib_function_init(void) {
  tsn_object *proto = tsn_intrinsics.function_prototype;
  tsn_lib_define_constructor("Function", Function_ctor, 1, proto);
  tsn_define_builtin(proto, "apply", proto_apply, 2);
  tsn_define_builtin(proto, "bind", proto_bind, 1);
  tsn_define_builtin(proto, "call", proto_call, 1);
  tsn_define_builtin(proto, "toString", proto_toString, 0);
  tsn_value has_instance = tsn_builtin_new(tsn_function_prototype_has_instance, "[Symbol.hasInstance]", 1);
  tsn_define_own(proto, tsn_intrinsics.symbol_has_instance, has_instance, 0);
}
