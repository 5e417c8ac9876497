/*
 * exception.h — throw/catch with setjmp/longjmp, and the runtime's own errors with V8's messages.
 *
 * Compiled `try` pushes a tsn_handler, runs the block under setjmp, and pops it on every exit path.
 * tsn_throw stores the value in tsn_exception and longjmps to the innermost handler; with no handler
 * the uncaught-error reporter prints what Node prints (the `Name: message` part, see error.c) and
 * exits with code 1. Locals of a function that contains `try` are declared volatile by the backend.
 */
#ifndef TSN_EXCEPTION_H
#define TSN_EXCEPTION_H

#include <setjmp.h>
#include "object.h"
#include "iter.h"
#include "stack_guard.h"

typedef struct tsn_handler {
  jmp_buf jb;
  struct tsn_handler *prev;
  int call_depth;            /* restored on catch */
  struct tsn_iter *iter_mark; /* open iterators at push: a throw closes the ones opened since */
} tsn_handler;

extern tsn_handler *tsn_handler_top;
extern tsn_value tsn_exception;

/* Usage in generated code:
 *   tsn_handler h; TSN_TRY_PUSH(h); if (setjmp(h.jb) == 0) { ...; TSN_TRY_POP(h); } else { TSN_TRY_POP(h); e = tsn_exception; ... } */
#define TSN_TRY_PUSH(h) ((h).prev = tsn_handler_top, (h).call_depth = tsn_call_depth, (h).iter_mark = tsn_iter_open_top, tsn_handler_top = &(h))
#define TSN_TRY_POP(h) (tsn_handler_top = (h).prev, tsn_call_depth = (h).call_depth)

_Noreturn void tsn_throw(tsn_value v);
/* Create an error object of the given intrinsic constructor with a printf-formatted message and throw it.
 * Messages follow V8 exactly, e.g. "Cannot read properties of undefined (reading 'x')". */
_Noreturn void tsn_throw_type_error(const char *fmt, ...);
_Noreturn void tsn_throw_range_error(const char *fmt, ...);
_Noreturn void tsn_throw_reference_error(const char *fmt, ...);
_Noreturn void tsn_throw_syntax_error(const char *fmt, ...);
/* Message text must be UTF-8; %s arguments likewise. */
tsn_value tsn_make_error(tsn_object *proto, tsn_value message);  /* message may be TSN_UNDEFINED */
/* Error.prototype.toString (ECMA-262 20.5.3.4) of object `e`: "name: message", either part alone
 * when the other is empty; name defaults to "Error". May call getters. */
tsn_value tsn_error_to_string(tsn_value e);
/* Gives `e` V8's lazily formatted `stack` (formatted from name/message on first read). */
void tsn_error_install_stack(tsn_object *e);

/* True while the main module's top-level code runs. With tsn_call_depth (compiled functions on the
 * stack) it tells whether any JS frame is active: an error created by a job the event loop runs
 * without one (a Promise.any rejection, say) records no frames, as in V8. */
extern bool tsn_main_running;

/* Print an uncaught exception the way Node does (the part from `Name: message` on) and exit(1). */
_Noreturn void tsn_report_uncaught(tsn_value v);

#endif
