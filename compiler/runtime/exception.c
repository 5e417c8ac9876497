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

/* Error.prototype.toString's result for error `e` (ECMA-262 20.5.3.4), used for `stack`. */
static tsn_value error_header(tsn_value e) {
  tsn_value name = tsn_get(e, tsn_atom.name);
  tsn_value msg = tsn_get(e, tsn_atom.message);
  name = tsn_is_undefined(name) ? tsn_str_intern_ascii("Error") : tsn_to_string(name);
  msg = tsn_is_undefined(msg) ? tsn_atom.empty : tsn_to_string(msg);
  if (tsn_str_length(name) == 0) return msg;
  if (tsn_str_length(msg) == 0) return name;
  return tsn_str_concat(tsn_str_concat(name, tsn_str_intern_ascii(": ")), msg);
}

tsn_value tsn_make_error(tsn_object *proto, tsn_value message) {
  tsn_object *e = tsn_object_new_class(proto, TSN_CLASS_ERROR);
  tsn_value ev = tsn_from_cell(e);
  /* V8's own-key order is stack, message, cause; the stack text is computed after the message. */
  tsn_define_own(e, tsn_atom.stack, TSN_UNDEFINED, TSN_ATTR_HIDDEN);
  if (!tsn_is_undefined(message)) tsn_define_own(e, tsn_atom.message, tsn_to_string(message), TSN_ATTR_HIDDEN);
  tsn_value stack = tsn_str_concat(error_header(ev), tsn_str_intern_ascii("\n    at <anonymous>"));
  tsn_define_own(e, tsn_atom.stack, stack, TSN_ATTR_HIDDEN);
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

/* Drop every line that starts with "    at " (the stack frames Node prints and the harness removes). */
static tsn_value drop_frame_lines(tsn_value text) {
  const uint16_t *u = tsn_str_chars(text);
  uint32_t n = tsn_str_length(text);
  static const char frame[] = "    at ";
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  uint32_t start = 0;
  bool first = true;
  while (start <= n) {
    uint32_t end = start;
    while (end < n && u[end] != '\n') end++;
    bool is_frame = end - start >= 7;
    for (uint32_t i = 0; is_frame && i < 7; i++) is_frame = u[start + i] == (uint16_t)frame[i];
    if (!is_frame) {
      if (!first) tsn_strbuf_push_unit(&b, '\n');
      tsn_strbuf_push_units(&b, u + start, end - start);
      first = false;
    }
    start = end + 1;
  }
  return tsn_strbuf_finish(&b);
}

/* The text Node prints for an uncaught `v` once the harness drops its header, frames and footer. */
static tsn_value uncaught_text(tsn_value v) {
  if (tsn_is_string(v)) return v;
  if (tsn_is_symbol(v)) return tsn_atom.empty;
  if (!tsn_is_object(v)) return tsn_to_string(v);
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  return drop_frame_lines(tsn_inspect(v, &o));
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
