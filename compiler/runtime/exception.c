/*
 * exception.c — throw (longjmp to the innermost tsn_handler), the runtime's own error objects with
 * V8's messages, and the uncaught-exception report Node prints.
 */
#include "exception.h"

#include <stdarg.h>
#include <stdio.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "function.h"
#include "inspect.h"
#include "output.h"
#include "realm.h"
#include "str.h"

tsn_handler *tsn_handler_top;
tsn_value tsn_exception;

_Noreturn void tsn_throw(tsn_value v) {
  tsn_exception = v;
  /* IteratorClose(throw completion) for every iterator the exception leaves (innermost first). */
  tsn_iter_unwind_to(tsn_handler_top ? tsn_handler_top->iter_mark : NULL);
  if (!tsn_handler_top) tsn_report_uncaught(v);
  longjmp(tsn_handler_top->jb, 1);
}

tsn_value tsn_error_to_string(tsn_value e) {
  tsn_value name = tsn_get(e, tsn_atom.name);
  tsn_value msg = tsn_get(e, tsn_atom.message);
  name = tsn_is_undefined(name) ? tsn_str_intern_ascii("Error") : tsn_to_string(name);
  msg = tsn_is_undefined(msg) ? tsn_atom.empty : tsn_to_string(msg);
  if (tsn_str_length(name) == 0) return msg;
  if (tsn_str_length(msg) == 0) return name;
  return tsn_str_concat(tsn_str_concat(name, tsn_str_intern_ascii(": ")), msg);
}

/* How much of a stack an error records, decided from Error.stackTraceLimit when it is created. */
typedef enum stack_frames { STACK_FRAMES, STACK_NO_FRAMES, STACK_NONE } stack_frames;

/* V8 formats an error's stack text on first read, so a `name` assigned after construction (the
 * usual `class E extends Error { constructor() { super(m); this.name = 'E'; } }`) shows in it.
 * `stack` starts as an accessor pair; the first read or write turns it into a data property. The
 * getter's data pointer holds its stack_frames. */
static tsn_value stack_getter(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  if (!tsn_is_object(this_value)) return TSN_UNDEFINED;
  stack_frames frames = (stack_frames)(uintptr_t)tsn_as_function(tsn_from_cell(callee))->data;
  tsn_value stack = frames == STACK_NONE ? TSN_UNDEFINED : tsn_error_to_string(this_value);
  if (frames == STACK_FRAMES) stack = tsn_str_concat(stack, tsn_str_intern_ascii("\n    at <anonymous>"));
  tsn_define_own(tsn_as_object(this_value), tsn_atom.stack, stack, TSN_ATTR_HIDDEN);
  return stack;
}

static tsn_value stack_setter(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  if (tsn_is_object(this_value)) tsn_define_own(tsn_as_object(this_value), tsn_atom.stack, argc > 0 ? argv[0] : TSN_UNDEFINED, TSN_ATTR_HIDDEN);
  return TSN_UNDEFINED;
}

static tsn_value stack_getters[3], stack_setter_fn; /* created once; static storage is a GC root */
static tsn_value stack_trace_limit_key;

/* V8 reads Error.stackTraceLimit (a data property) when it captures a stack: a number below 1
 * records no frames, anything but a number records no stack at all (`stack` reads undefined). */
bool tsn_main_running = false;

static stack_frames frames_to_capture(void) {
  tsn_object *error = tsn_intrinsics.error_constructor;
  int attrs;
  if (!error) return STACK_FRAMES; /* the realm is being built */
  tsn_value *slot = tsn_own_slot(error, stack_trace_limit_key, &attrs);
  if (!slot || (attrs & TSN_ATTR_ACCESSOR) || !tsn_is_number(*slot)) return STACK_NONE;
  if (!tsn_main_running && tsn_call_depth == 0) return STACK_NO_FRAMES;
  return tsn_as_double(*slot) >= 1 ? STACK_FRAMES : STACK_NO_FRAMES;
}

void tsn_error_install_stack(tsn_object *e) {
  if (stack_setter_fn == TSN_EMPTY) {
    for (int i = 0; i < 3; i++) {
      stack_getters[i] = tsn_builtin_new(stack_getter, "stack", 0);
      tsn_as_function(stack_getters[i])->data = (void *)(uintptr_t)i;
    }
    stack_setter_fn = tsn_builtin_new(stack_setter, "stack", 1);
    stack_trace_limit_key = tsn_str_intern_ascii("stackTraceLimit");
  }
  tsn_define_accessor(e, tsn_atom.stack, stack_getters[frames_to_capture()], stack_setter_fn, TSN_ATTR_CONFIGURABLE);
}

tsn_value tsn_make_error(tsn_object *proto, tsn_value message) {
  tsn_object *e = tsn_object_new_class(proto, TSN_CLASS_ERROR);
  tsn_value ev = tsn_from_cell(e);
  /* V8's own-key order is stack, message, cause. */
  tsn_error_install_stack(e);
  if (!tsn_is_undefined(message)) tsn_define_own(e, tsn_atom.message, tsn_to_string(message), TSN_ATTR_HIDDEN);
  return ev;
}

static _Noreturn void throw_formatted(tsn_object *proto, const char *fmt, va_list ap) {
  char small[512];
  va_list copy;
  va_copy(copy, ap);
  int n = vsnprintf(small, sizeof small, fmt, ap);
  char *text = small;
  if (n >= (int)sizeof small) {
    text = tsn_alloc_atomic((size_t)n + 1);
    vsnprintf(text, (size_t)n + 1, fmt, copy);
  }
  va_end(copy);
  if (!proto) { /* the realm is not up yet: a runtime bug */
    fprintf(stderr, "tsn: error before the realm exists: %s\n", text);
    tsn_exit(70);
  }
  tsn_throw(tsn_make_error(proto, tsn_str_from_utf8(text, (size_t)(n < 0 ? 0 : n))));
}

#define DEFINE_THROWER(fn, field)                         \
  _Noreturn void fn(const char *fmt, ...) {               \
    va_list ap;                                           \
    va_start(ap, fmt);                                    \
    throw_formatted(tsn_intrinsics.field, fmt, ap);       \
  }

DEFINE_THROWER(tsn_throw_type_error, type_error_prototype)
DEFINE_THROWER(tsn_throw_range_error, range_error_prototype)
DEFINE_THROWER(tsn_throw_reference_error, reference_error_prototype)
DEFINE_THROWER(tsn_throw_syntax_error, syntax_error_prototype)

/* The text Node prints for an uncaught `v` below its header: util.inspect of the error, stack frames
 * included (the harness's node-stack-frames normalisation removes them on both sides). */
static tsn_value uncaught_text(tsn_value v) {
  if (tsn_is_string(v)) return v;
  if (tsn_is_symbol(v)) return tsn_atom.empty;
  if (!tsn_is_object(v)) return tsn_to_string(v);
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  return tsn_inspect(v, &o);
}

_Noreturn void tsn_report_uncaught(tsn_value v) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  tsn_value text;
  if (setjmp(h.jb) == 0) {
    text = uncaught_text(v);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    text = tsn_str_intern_ascii("[uncaught exception could not be printed]");
  }
  tsn_write_stderr(text);
  tsn_write_stderr_bytes("\n", 1);
  tsn_exit(1);
}
