/*
 * async_function.c — AsyncFunctionStart and Await (async_function.h). The body is a tsn_generator
 * that is never visible to JS; the promise of the call is settled when the body completes.
 */
#include "async_function.h"

#include "alloc.h"
#include "exception.h"
#include "output.h"
#include "promise.h"
#include "realm.h"

typedef struct async_call {
  tsn_generator body;
  tsn_value promise;
} async_call;

static void step(async_call *a, tsn_resume_mode mode, tsn_value value);

/* Await's onFulfilled and onRejected closures (27.7.5.3 steps 3-6), as native reactions. */
static tsn_value on_fulfilled(void *data, tsn_value v) {
  step(data, TSN_RESUME_NEXT, v);
  return TSN_UNDEFINED;
}

static tsn_value on_rejected(void *data, tsn_value reason) {
  step(data, TSN_RESUME_THROW, reason);
  return TSN_UNDEFINED;
}

/* Resumes the body; at an await, PromiseResolve(%Promise%, value) then PerformPromiseThen with the
 * two continuations; at the end, resolves or rejects the call's promise. */
static void step(async_call *a, tsn_resume_mode mode, tsn_value value) {
  tsn_body_exit how;
  tsn_value result;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    result = tsn_generator_run(&a->body, mode, value, &how);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_promise_reject_with(a->promise, tsn_exception);
    return;
  }
  if (how == TSN_BODY_RETURN) {
    tsn_promise_resolve_with(a->promise, result);
    return;
  }
  tsn_value awaited;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    awaited = tsn_promise_resolve(tsn_from_cell(tsn_intrinsics.promise_constructor), result);
    TSN_TRY_POP(h);
  } else {
    /* PromiseResolve threw (a getter on `constructor`): the throw resumes the body at the await */
    TSN_TRY_POP(h);
    step(a, TSN_RESUME_THROW, tsn_exception);
    return;
  }
  tsn_promise_then_native(awaited, on_fulfilled, on_rejected, a, TSN_NO_CAPABILITY);
}

tsn_value tsn_async_function_start(tsn_resume_code resume, void *frame) {
  async_call *a = tsn_alloc(sizeof *a);
  a->body.state = TSN_GEN_SUSPENDED_START;
  a->body.resume = resume;
  a->body.frame = frame;
  a->promise = tsn_promise_new(NULL);
  step(a, TSN_RESUME_NEXT, TSN_UNDEFINED);
  return a->promise;
}

/* The evaluation promise of a module with top-level await (TSN_EMPTY for other programs). */
static tsn_value module_promise = TSN_EMPTY;

static tsn_value module_rejected(void *data, tsn_value reason) { tsn_report_uncaught(reason); }

void tsn_async_module_start(tsn_resume_code resume, void *frame) {
  module_promise = tsn_async_function_start(resume, frame);
  tsn_promise_then_native(module_promise, NULL, module_rejected, NULL, TSN_NO_CAPABILITY);
}

void tsn_async_module_check_settled(void) {
  tsn_promise *p = tsn_promise_of(module_promise);
  if (!p || tsn_promise_state_of(p) != TSN_PROMISE_PENDING) return;
  tsn_write_stderr_bytes("Warning: Detected unsettled top-level await\n", 44);
  tsn_exit(13);
}
