/*
 * promise.h — Promise objects (ECMA-262 27.2) as the rest of the runtime sees them: creation,
 * the resolving functions' logic, PerformPromiseThen with JS or native reactions, and the
 * host's rejection tracking (HostPromiseRejectionTracker, 27.2.1.9) that Node's unhandled-rejection
 * handling reads.
 *
 * A promise is an object of class TSN_CLASS_PROMISE whose `internal` is a tsn_promise. Reactions are
 * kept in one list of pairs (fulfil handler, reject handler) because 27.2.5.4.1 appends to
 * [[PromiseFulfillReactions]] and [[PromiseRejectReactions]] together; settling enqueues one
 * PromiseReactionJob per pair, in order. Native reactions (await, the combinators' element
 * functions) are C callbacks and need no function objects.
 */
#ifndef TSN_PROMISE_H
#define TSN_PROMISE_H

#include "function.h"

typedef enum tsn_promise_state { TSN_PROMISE_PENDING = 0, TSN_PROMISE_FULFILLED, TSN_PROMISE_REJECTED } tsn_promise_state;

/* A reaction written in C: called by the PromiseReactionJob with the settled value; its result (or
 * throw) resolves (or rejects) the reaction's derived promise, when there is one. */
typedef tsn_value (*tsn_native_reaction)(void *data, tsn_value argument);

/* PromiseCapability Record (27.2.1.1): the derived promise of a `then`, with its resolving functions.
 * For promises made by %Promise% itself resolve/reject are TSN_EMPTY and the runtime settles
 * `promise` directly (the same steps the functions would run). promise is TSN_UNDEFINED for await,
 * which has no derived promise. */
typedef struct tsn_promise_capability {
  tsn_value promise, resolve, reject;
} tsn_promise_capability;

typedef struct tsn_promise_reaction {
  struct tsn_promise_reaction *next;
  tsn_promise_capability capability;
  /* JS handlers (TSN_UNDEFINED when absent: identity / thrower), or native ones when `native_*` is set. */
  tsn_value on_fulfilled, on_rejected;
  tsn_native_reaction native_fulfilled, native_rejected;
  void *data;
} tsn_promise_reaction;

typedef struct tsn_promise {
  uint8_t state;       /* tsn_promise_state */
  bool is_handled;     /* [[PromiseIsHandled]] */
  bool reported;       /* reported as unhandled (Node then emits 'rejectionHandled' for a late handler) */
  tsn_value result;    /* [[PromiseResult]] */
  tsn_promise_reaction *reactions, *reactions_tail;
} tsn_promise;

/* The tsn_promise behind `v`, or NULL when v is not a promise object. */
tsn_promise *tsn_promise_of(tsn_value v);
/* A new pending promise whose prototype is `proto` (%Promise.prototype% when NULL). */
tsn_value tsn_promise_new(tsn_object *proto);
/* The steps of a promise's resolve function (27.2.1.3.2) applied to `promise`: rejects with V8's
 * TypeError "Chaining cycle detected for promise #<Promise>" on self-resolution, fulfils with a
 * non-thenable, and enqueues NewPromiseResolveThenableJob for a thenable. Never throws. */
void tsn_promise_resolve_with(tsn_value promise, tsn_value resolution);
/* RejectPromise (27.2.1.7); a pending promise only, else nothing. */
void tsn_promise_reject_with(tsn_value promise, tsn_value reason);
/* CreateResolvingFunctions (27.2.1.3): the pair of JS functions sharing one [[AlreadyResolved]]. */
void tsn_promise_create_resolving_functions(tsn_value promise, tsn_value *resolve_out, tsn_value *reject_out);
/* NewPromiseCapability(C) (27.2.1.5): for %Promise% a plain new promise (resolve/reject empty), else
 * `new C(executor)` with V8's errors for a non-constructor or non-callable resolving functions. */
tsn_promise_capability tsn_new_promise_capability(tsn_value constructor);
/* Calls the capability's resolve (or settles its promise directly). Propagates a throw of a custom
 * resolve function. */
void tsn_capability_resolve(const tsn_promise_capability *c, tsn_value value);
void tsn_capability_reject(const tsn_promise_capability *c, tsn_value reason);
/* PromiseResolve(C, x) (27.2.4.7.1): x itself when it is a promise whose `constructor` is C, else a
 * new promise of C resolved with x. */
tsn_value tsn_promise_resolve(tsn_value constructor, tsn_value x);
/* PerformPromiseThen (27.2.5.4.1) with JS handlers (non-callables are ignored) and an optional
 * capability (promise TSN_UNDEFINED: none). */
void tsn_promise_then(tsn_value promise, tsn_value on_fulfilled, tsn_value on_rejected, tsn_promise_capability capability);
/* PerformPromiseThen with C handlers sharing `data` (NULL: pass the value or reason on) and the
 * capability of a derived promise (capability.promise TSN_UNDEFINED: none). */
void tsn_promise_then_native(tsn_value promise, tsn_native_reaction on_fulfilled, tsn_native_reaction on_rejected, void *data,
                             tsn_promise_capability capability);
/* The capability of no derived promise, for tsn_promise_then_native. */
#define TSN_NO_CAPABILITY ((tsn_promise_capability){ TSN_UNDEFINED, TSN_EMPTY, TSN_EMPTY })

/* Node's unhandled-rejection processing (lib/internal/process/promises.js processPromiseRejections)
 * with its default mode `throw`: 'rejectionHandled' for reported promises that got a handler since;
 * then each promise rejected while no handler was attached and still unhandled goes to the
 * 'unhandledRejection' listeners or, without one, is an uncaught exception (the reason, or an
 * UnhandledPromiseRejection error for a non-error). Returns whether any were pending. */
bool tsn_process_promise_rejections(void);

/* Promise state and result for util.inspect. */
tsn_promise_state tsn_promise_state_of(tsn_promise *p);

#endif
