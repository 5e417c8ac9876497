/*
 * async_generator.c — the async generator state machine of ECMA-262 27.6.3 (async_generator.h).
 */
#include "async_generator.h"

#include <stdio.h>

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "lib_support.h"
#include "promise.h"
#include "realm.h"

/* [[AsyncGeneratorState]] (27.6.2). */
typedef enum { AG_SUSPENDED_START, AG_SUSPENDED_YIELD, AG_EXECUTING, AG_AWAITING_RETURN, AG_COMPLETED } ag_state;

/* AsyncGeneratorRequest Record (27.6.3.1). */
typedef struct request {
  struct request *next;
  tsn_resume_mode mode;
  tsn_value value;
  tsn_promise_capability capability;
} request;

typedef struct async_generator {
  tsn_generator body;
  uint8_t state; /* ag_state */
  request *head, *tail;
} async_generator;

static tsn_value promise_constructor(void) { return tsn_from_cell(tsn_intrinsics.promise_constructor); }

tsn_value tsn_async_generator_create(tsn_object *callee, tsn_resume_code resume, void *frame) {
  tsn_value proto = tsn_get(tsn_from_cell(callee), tsn_atom.prototype);
  tsn_object *o = tsn_object_new_class(tsn_is_object(proto) ? tsn_as_object(proto) : tsn_intrinsics.async_generator_prototype,
                                       TSN_CLASS_ASYNC_GENERATOR);
  async_generator *g = tsn_alloc(sizeof *g);
  g->body.state = TSN_GEN_SUSPENDED_START;
  g->body.resume = resume;
  g->body.frame = frame;
  g->state = AG_SUSPENDED_START;
  o->internal = g;
  return tsn_from_cell(o);
}

/* AsyncGeneratorCompleteStep (27.6.3.4): settles the oldest request. */
static void complete_step(async_generator *g, bool threw, tsn_value value, bool done) {
  request *r = g->head;
  g->head = r->next;
  if (!g->head) g->tail = NULL;
  if (threw) tsn_capability_reject(&r->capability, value);
  else tsn_capability_resolve(&r->capability, tsn_iter_result(value, done));
}

static void await_return(async_generator *g);

/* AsyncGeneratorDrainQueue (27.6.3.10), once the body has completed. */
static void drain_queue(async_generator *g) {
  while (g->head) {
    request *r = g->head;
    if (r->mode == TSN_RESUME_RETURN) {
      g->state = AG_AWAITING_RETURN;
      await_return(g);
      return;
    }
    complete_step(g, r->mode == TSN_RESUME_THROW, r->mode == TSN_RESUME_THROW ? r->value : TSN_UNDEFINED, true);
  }
}

static void finish(async_generator *g, bool threw, tsn_value value) {
  g->state = AG_COMPLETED;
  complete_step(g, threw, value, true);
  drain_queue(g);
}

static tsn_value return_fulfilled(void *data, tsn_value v) {
  finish(data, false, v);
  return TSN_UNDEFINED;
}

static tsn_value return_rejected(void *data, tsn_value reason) {
  finish(data, true, reason);
  return TSN_UNDEFINED;
}

/* PromiseResolve(%Promise%, value); false (exception in tsn_exception) when it throws. */
static bool promise_resolve(tsn_value value, tsn_value *out) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) != 0) {
    TSN_TRY_POP(h);
    return false;
  }
  *out = tsn_promise_resolve(promise_constructor(), value);
  TSN_TRY_POP(h);
  return true;
}

/* AsyncGeneratorAwaitReturn (27.6.3.9): awaits the value of the oldest (return) request. */
static void await_return(async_generator *g) {
  tsn_value p;
  if (!promise_resolve(g->head->value, &p)) {
    finish(g, true, tsn_exception);
    return;
  }
  tsn_promise_then_native(p, return_fulfilled, return_rejected, g, TSN_NO_CAPABILITY);
}

/* Runs the body; false (exception in tsn_exception) when it threw. */
static bool run_body(async_generator *g, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how, tsn_value *result) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) != 0) {
    TSN_TRY_POP(h);
    return false;
  }
  *result = tsn_generator_run(&g->body, mode, value, how);
  TSN_TRY_POP(h);
  return true;
}

static void resume(async_generator *g, tsn_resume_mode mode, tsn_value value);

static tsn_value await_fulfilled(void *data, tsn_value v) {
  resume(data, TSN_RESUME_NEXT, v);
  return TSN_UNDEFINED;
}

static tsn_value await_rejected(void *data, tsn_value reason) {
  resume(data, TSN_RESUME_THROW, reason);
  return TSN_UNDEFINED;
}

/* AsyncGeneratorResume (27.6.3.7) and what follows in the body: awaits (27.7.5.3), yields
 * (AsyncGeneratorYield 27.6.3.8: the next queued request resumes the body at once) and completion. */
static void resume(async_generator *g, tsn_resume_mode mode, tsn_value value) {
  g->state = AG_EXECUTING;
  for (;;) {
    tsn_body_exit how;
    tsn_value result;
    if (!run_body(g, mode, value, &how, &result)) {
      finish(g, true, tsn_exception);
      return;
    }
    switch (how) {
      case TSN_BODY_AWAIT: {
        tsn_value p;
        if (!promise_resolve(result, &p)) {
          mode = TSN_RESUME_THROW;
          value = tsn_exception;
          continue;
        }
        tsn_promise_then_native(p, await_fulfilled, await_rejected, g, TSN_NO_CAPABILITY);
        return;
      }
      case TSN_BODY_RETURN:
        finish(g, false, result);
        return;
      case TSN_BODY_YIELD:
        complete_step(g, false, result, false);
        if (!g->head) {
          g->state = AG_SUSPENDED_YIELD;
          return;
        }
        mode = g->head->mode;
        value = g->head->value;
        continue;
    }
  }
}

tsn_value tsn_async_generator_enqueue(tsn_value this_value, tsn_resume_mode mode, tsn_value value) {
  tsn_promise_capability cap = tsn_new_promise_capability(promise_constructor());
  if (!tsn_is_object(this_value) || tsn_as_cell(this_value)->class_id != TSN_CLASS_ASYNC_GENERATOR) {
    /* the TypeError rejects the promise instead of being thrown (27.6.3.2 AsyncGeneratorValidate) */
    static const char *const names[] = { "next", "throw", "return" };
    tsn_handler h;
    TSN_TRY_PUSH(h);
    if (setjmp(h.jb) == 0) {
      char method[64];
      snprintf(method, sizeof method, "[AsyncGenerator].prototype.%s", names[mode]);
      tsn_lib_throw_incompatible(method, this_value);
    }
    TSN_TRY_POP(h);
    tsn_capability_reject(&cap, tsn_exception);
    return cap.promise;
  }
  async_generator *g = tsn_as_object(this_value)->internal;
  if (mode == TSN_RESUME_THROW && g->state == AG_SUSPENDED_START) {
    g->state = AG_COMPLETED;
    g->body.frame = NULL;
  }
  if (g->state == AG_COMPLETED && mode != TSN_RESUME_RETURN) {
    if (mode == TSN_RESUME_THROW) tsn_capability_reject(&cap, value);
    else tsn_capability_resolve(&cap, tsn_iter_result(TSN_UNDEFINED, true));
    return cap.promise;
  }
  request *r = tsn_alloc(sizeof *r);
  r->mode = mode;
  r->value = value;
  r->capability = cap;
  if (g->tail) g->tail->next = r;
  else g->head = r;
  g->tail = r;
  if (mode == TSN_RESUME_RETURN && (g->state == AG_SUSPENDED_START || g->state == AG_COMPLETED)) {
    g->state = AG_AWAITING_RETURN;
    g->body.frame = NULL;
    await_return(g);
  } else if (g->state == AG_SUSPENDED_START || g->state == AG_SUSPENDED_YIELD) {
    resume(g, mode, value);
  }
  return cap.promise;
}
