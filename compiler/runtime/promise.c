/*
 * promise.c — the abstract operations of ECMA-262 27.2.1-27.2.2 and PerformPromiseThen (27.2.5.4.1)
 * behind Promise objects (promise.h), plus the rejection tracking Node's default
 * `--unhandled-rejections=throw` mode reads.
 */
#include "promise.h"

#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "job_queue.h"
#include "lib_support.h"
#include "process_events.h"
#include "realm.h"
#include "str.h"

tsn_promise *tsn_promise_of(tsn_value v) {
  if (!tsn_is_object(v) || tsn_as_cell(v)->class_id != TSN_CLASS_PROMISE) return NULL;
  return tsn_as_object(v)->internal;
}

tsn_promise_state tsn_promise_state_of(tsn_promise *p) { return (tsn_promise_state)p->state; }

tsn_value tsn_promise_new(tsn_object *proto) {
  tsn_object *o = tsn_object_new_class(proto ? proto : tsn_intrinsics.promise_prototype, TSN_CLASS_PROMISE);
  tsn_promise *p = tsn_alloc(sizeof *p);
  p->state = TSN_PROMISE_PENDING;
  p->result = TSN_UNDEFINED;
  o->internal = p;
  return tsn_from_cell(o);
}

/* ---- HostPromiseRejectionTracker (27.2.1.9) as Node implements it ------------------------------ */

/* A FIFO list of promises. */
typedef struct promise_node {
  struct promise_node *next;
  tsn_value promise;
} promise_node;
typedef struct promise_list {
  promise_node *head, *tail;
} promise_list;

static void list_push(promise_list *l, tsn_value promise) {
  promise_node *n = tsn_alloc(sizeof *n);
  n->promise = promise;
  if (l->tail) l->tail->next = n;
  else l->head = n;
  l->tail = n;
}

static tsn_value list_shift(promise_list *l) {
  promise_node *n = l->head;
  l->head = n->next;
  if (!l->head) l->tail = NULL;
  return n->promise;
}

/* Promises rejected while unhandled, oldest first (Node's pendingUnhandledRejections), and reported
 * ones that got a handler afterwards (asyncHandledRejections). */
static promise_list pending_rejections, handled_later;

static void track_rejection(tsn_value promise) { list_push(&pending_rejections, promise); }

/* The UnhandledPromiseRejection error Node makes for a reason that is not an Error object
 * (lib/internal/process/promises.js): its message quotes V8's NoSideEffectsToString of the reason. */
static tsn_value unhandled_rejection_error(tsn_value reason) {
  tsn_value text = tsn_str_concat(
      tsn_str_concat(tsn_str_intern_ascii("This error originated either by throwing inside of an async function without a catch block, "
                                          "or by rejecting a promise which was not handled with .catch(). The promise rejected with the reason \""),
                     tsn_lib_receiver_text(reason)),
      tsn_str_intern_ascii("\"."));
  /* Node makes it in its own JavaScript, so its stack has frames */
  bool main_running = tsn_main_running;
  tsn_main_running = true;
  tsn_value e = tsn_make_error(tsn_intrinsics.error_prototype, text);
  tsn_main_running = main_running;
  tsn_define_own(tsn_as_object(e), tsn_atom.name, tsn_str_intern_ascii("UnhandledPromiseRejection"), TSN_ATTR_HIDDEN);
  tsn_define_own(tsn_as_object(e), tsn_str_intern_ascii("code"), tsn_str_intern_ascii("ERR_UNHANDLED_REJECTION"), TSN_ATTR_DEFAULT);
  return e;
}

bool tsn_process_promise_rejections(void) {
  bool any = pending_rejections.head || handled_later.head;
  while (handled_later.head) {
    tsn_value promise = list_shift(&handled_later);
    tsn_process_emit("rejectionHandled", 1, &promise);
  }
  while (pending_rejections.head) {
    tsn_value promise = list_shift(&pending_rejections);
    tsn_promise *p = tsn_promise_of(promise);
    if (p->is_handled) continue;
    p->reported = true;
    tsn_value args[2] = { p->result, promise };
    if (tsn_process_emit("unhandledRejection", 2, args)) continue;
    bool is_error = tsn_is_object(p->result) && tsn_as_cell(p->result)->class_id == TSN_CLASS_ERROR;
    tsn_handle_uncaught(is_error ? p->result : unhandled_rejection_error(p->result), "unhandledRejection");
  }
  return any;
}

/* ---- settling ---------------------------------------------------------------------------------- */

static void promise_reaction_job(tsn_value reaction, tsn_value argument, tsn_value rejected);

/* TriggerPromiseReactions (27.2.1.8): one PromiseReactionJob per reaction, in order. */
static void trigger_reactions(tsn_promise_reaction *r, tsn_value argument, bool rejected) {
  for (; r; r = r->next) tsn_enqueue_microtask(promise_reaction_job, tsn_from_cell(r), argument, tsn_from_bool(rejected));
}

static void settle(tsn_value promise, tsn_promise_state state, tsn_value value) {
  tsn_promise *p = tsn_promise_of(promise);
  if (p->state != TSN_PROMISE_PENDING) return;
  tsn_promise_reaction *reactions = p->reactions;
  p->result = value;
  p->state = (uint8_t)state;
  p->reactions = p->reactions_tail = NULL;
  if (state == TSN_PROMISE_REJECTED && !p->is_handled) track_rejection(promise);
  trigger_reactions(reactions, value, state == TSN_PROMISE_REJECTED);
}

void tsn_promise_reject_with(tsn_value promise, tsn_value reason) { settle(promise, TSN_PROMISE_REJECTED, reason); }

/* NewPromiseResolveThenableJob (27.2.2.2): thenable.then(resolve, reject) with fresh resolving
 * functions of `promise`; a throw rejects it (unless already resolved). */
static void resolve_thenable_job(tsn_value promise, tsn_value thenable, tsn_value then) {
  tsn_value fns[2];
  tsn_promise_create_resolving_functions(promise, &fns[0], &fns[1]);
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_call(then, thenable, 2, fns, NULL);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_call(fns[1], TSN_UNDEFINED, 1, &tsn_exception, NULL);
  }
}

void tsn_promise_resolve_with(tsn_value promise, tsn_value resolution) {
  if (resolution == promise) {
    tsn_value e = tsn_make_error(tsn_intrinsics.type_error_prototype, tsn_str_intern_ascii("Chaining cycle detected for promise #<Promise>"));
    settle(promise, TSN_PROMISE_REJECTED, e);
    return;
  }
  if (!tsn_is_object(resolution)) {
    settle(promise, TSN_PROMISE_FULFILLED, resolution);
    return;
  }
  tsn_value then;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    then = tsn_get(resolution, tsn_atom.then);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    settle(promise, TSN_PROMISE_REJECTED, tsn_exception);
    return;
  }
  if (!tsn_is_callable(then)) {
    settle(promise, TSN_PROMISE_FULFILLED, resolution);
    return;
  }
  tsn_enqueue_microtask(resolve_thenable_job, promise, resolution, then);
}

/* ---- resolving functions (27.2.1.3) ------------------------------------------------------------ */

typedef struct resolving_state {
  tsn_value promise;
  bool already_resolved;
} resolving_state;

static resolving_state *state_of(tsn_object *callee) { return tsn_as_function(tsn_from_cell(callee))->data; }

static tsn_value resolve_function(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  resolving_state *s = state_of(callee);
  if (!s->already_resolved) {
    s->already_resolved = true;
    tsn_promise_resolve_with(s->promise, tsn_arg(argc, argv, 0));
  }
  return TSN_UNDEFINED;
}

static tsn_value reject_function(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  resolving_state *s = state_of(callee);
  if (!s->already_resolved) {
    s->already_resolved = true;
    settle(s->promise, TSN_PROMISE_REJECTED, tsn_arg(argc, argv, 0));
  }
  return TSN_UNDEFINED;
}

void tsn_promise_create_resolving_functions(tsn_value promise, tsn_value *resolve_out, tsn_value *reject_out) {
  resolving_state *s = tsn_alloc(sizeof *s);
  s->promise = promise;
  *resolve_out = tsn_builtin_new(resolve_function, "", 1);
  *reject_out = tsn_builtin_new(reject_function, "", 1);
  tsn_as_function(*resolve_out)->data = s;
  tsn_as_function(*reject_out)->data = s;
}

/* ---- capabilities ------------------------------------------------------------------------------ */

/* GetCapabilitiesExecutor functions (27.2.1.5 steps 4-5): record resolve and reject once each. */
static tsn_value capability_executor(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  tsn_promise_capability *c = tsn_as_function(tsn_from_cell(callee))->data;
  if (!tsn_is_undefined(c->resolve)) tsn_throw_type_error("Promise executor has already been invoked with non-undefined arguments");
  if (!tsn_is_undefined(c->reject)) tsn_throw_type_error("Promise executor has already been invoked with non-undefined arguments");
  c->resolve = tsn_arg(argc, argv, 0);
  c->reject = tsn_arg(argc, argv, 1);
  return TSN_UNDEFINED;
}

tsn_promise_capability tsn_new_promise_capability(tsn_value constructor) {
  if (constructor == tsn_from_cell(tsn_intrinsics.promise_constructor)) {
    return (tsn_promise_capability){ tsn_promise_new(NULL), TSN_EMPTY, TSN_EMPTY };
  }
  if (!tsn_is_constructor(constructor)) tsn_throw_type_error("%s is not a constructor", tsn_lib_value_type_text(constructor));
  tsn_promise_capability *c = tsn_alloc(sizeof *c);
  c->resolve = c->reject = TSN_UNDEFINED;
  tsn_value executor = tsn_builtin_new(capability_executor, "", 2);
  tsn_as_function(executor)->data = c;
  c->promise = tsn_construct(constructor, 1, &executor, constructor, NULL);
  if (!tsn_is_callable(c->resolve)) tsn_throw_type_error("Promise resolve or reject function is not callable");
  if (!tsn_is_callable(c->reject)) tsn_throw_type_error("Promise resolve or reject function is not callable");
  return *c;
}

void tsn_capability_resolve(const tsn_promise_capability *c, tsn_value value) {
  if (c->resolve == TSN_EMPTY) tsn_promise_resolve_with(c->promise, value);
  else tsn_call(c->resolve, TSN_UNDEFINED, 1, &value, NULL);
}

void tsn_capability_reject(const tsn_promise_capability *c, tsn_value reason) {
  if (c->reject == TSN_EMPTY) settle(c->promise, TSN_PROMISE_REJECTED, reason);
  else tsn_call(c->reject, TSN_UNDEFINED, 1, &reason, NULL);
}

tsn_value tsn_promise_resolve(tsn_value constructor, tsn_value x) {
  if (tsn_promise_of(x) && tsn_get(x, tsn_atom.constructor) == constructor) return x;
  tsn_promise_capability c = tsn_new_promise_capability(constructor);
  tsn_capability_resolve(&c, x);
  return c.promise;
}

/* ---- then -------------------------------------------------------------------------------------- */

/* PromiseReactionJob (27.2.2.1): runs the handler (or passes the argument through) and settles the
 * derived promise with its outcome. */
/* Calls the reaction's handler for the outcome; false (the exception in tsn_exception) when it threw. */
static bool call_handler(tsn_promise_reaction *r, bool rejected, tsn_value argument, tsn_value *result) {
  tsn_native_reaction native = rejected ? r->native_rejected : r->native_fulfilled;
  tsn_value handler = rejected ? r->on_rejected : r->on_fulfilled;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) != 0) {
    TSN_TRY_POP(h);
    return false;
  }
  *result = native ? native(r->data, argument) : tsn_call(handler, TSN_UNDEFINED, 1, &argument, NULL);
  TSN_TRY_POP(h);
  return true;
}

static void promise_reaction_job(tsn_value reaction, tsn_value argument, tsn_value rejected_value) {
  tsn_promise_reaction *r = (tsn_promise_reaction *)(uintptr_t)reaction;
  bool rejected = tsn_as_bool(rejected_value);
  bool has_handler = rejected ? r->native_rejected || tsn_is_callable(r->on_rejected) : r->native_fulfilled || tsn_is_callable(r->on_fulfilled);
  bool has_promise = !tsn_is_undefined(r->capability.promise);
  if (!has_handler) {
    if (!has_promise) return;
    if (rejected) tsn_capability_reject(&r->capability, argument);
    else tsn_capability_resolve(&r->capability, argument);
    return;
  }
  tsn_value result;
  if (!call_handler(r, rejected, argument, &result)) {
    if (!has_promise) tsn_throw(tsn_exception);
    tsn_capability_reject(&r->capability, tsn_exception);
    return;
  }
  if (has_promise) tsn_capability_resolve(&r->capability, result);
}

static void add_reaction(tsn_value promise, tsn_promise_reaction *r) {
  tsn_promise *p = tsn_promise_of(promise);
  switch (p->state) {
    case TSN_PROMISE_PENDING:
      if (p->reactions_tail) p->reactions_tail->next = r;
      else p->reactions = r;
      p->reactions_tail = r;
      break;
    case TSN_PROMISE_FULFILLED:
      trigger_reactions(r, p->result, false);
      break;
    case TSN_PROMISE_REJECTED:
      if (!p->is_handled && p->reported) list_push(&handled_later, promise);
      trigger_reactions(r, p->result, true);
      break;
  }
  p->is_handled = true;
}

void tsn_promise_then(tsn_value promise, tsn_value on_fulfilled, tsn_value on_rejected, tsn_promise_capability capability) {
  tsn_promise_reaction *r = tsn_alloc(sizeof *r);
  r->capability = capability;
  r->on_fulfilled = tsn_is_callable(on_fulfilled) ? on_fulfilled : TSN_UNDEFINED;
  r->on_rejected = tsn_is_callable(on_rejected) ? on_rejected : TSN_UNDEFINED;
  add_reaction(promise, r);
}

void tsn_promise_then_native(tsn_value promise, tsn_native_reaction on_fulfilled, tsn_native_reaction on_rejected, void *data,
                             tsn_promise_capability capability) {
  tsn_promise_reaction *r = tsn_alloc(sizeof *r);
  r->capability = capability;
  r->on_fulfilled = r->on_rejected = TSN_UNDEFINED;
  r->native_fulfilled = on_fulfilled;
  r->native_rejected = on_rejected;
  r->data = data;
  add_reaction(promise, r);
}
