/*
 * lib_promise.c — the Promise constructor and its prototype (ECMA-262 27.2.3-27.2.5): then, catch,
 * finally; the statics resolve, reject, all, allSettled, any, race, withResolvers and try; with
 * V8's error messages.
 */
#include "alloc.h"
#include "atoms.h"
#include "exception.h"
#include "iter.h"
#include "lib_support.h"
#include "promise.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define BUILTIN(name) static tsn_value name(ARGS)

static tsn_value promise_ctor_value(void) { return tsn_from_cell(tsn_intrinsics.promise_constructor); }

/* A builtin closure: an anonymous function whose `data` is `data`. */
static tsn_value closure(tsn_code code, uint32_t length, void *data) {
  tsn_value f = tsn_builtin_new(code, "", length);
  tsn_as_function(f)->data = data;
  return f;
}

static void *closure_data(tsn_object *callee) { return tsn_as_function(tsn_from_cell(callee))->data; }

/* 27.2.3.1 Promise(executor) */
BUILTIN(promise_constructor) {
  if (tsn_is_undefined(new_target)) tsn_throw_type_error("Promise constructor cannot be invoked without 'new'");
  tsn_value executor = tsn_arg(argc, argv, 0);
  if (!tsn_is_callable(executor)) {
    size_t n;
    tsn_throw_type_error("Promise resolver %s is not a function", tsn_str_to_utf8(tsn_lib_receiver_text(executor), &n));
  }
  tsn_object *o = tsn_create_from_constructor(new_target, tsn_intrinsics.promise_prototype, TSN_CLASS_PROMISE);
  tsn_value promise = tsn_promise_new(o->proto);
  tsn_value fns[2];
  tsn_promise_create_resolving_functions(promise, &fns[0], &fns[1]);
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_call(executor, TSN_UNDEFINED, 2, fns, NULL);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_call(fns[1], TSN_UNDEFINED, 1, &tsn_exception, NULL);
  }
  return promise;
}

static tsn_value this_promise(tsn_value this_value, const char *method) {
  if (!tsn_promise_of(this_value)) tsn_lib_throw_incompatible(method, this_value);
  return this_value;
}

/* 27.2.5.4 Promise.prototype.then(onFulfilled, onRejected) */
BUILTIN(promise_then) {
  tsn_value promise = this_promise(this_value, "Promise.prototype.then");
  tsn_value c = tsn_lib_species_constructor(promise, promise_ctor_value());
  tsn_promise_capability cap = tsn_new_promise_capability(c);
  tsn_promise_then(promise, tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1), cap);
  return cap.promise;
}

/* Invoke(promise, "then", on_fulfilled, on_rejected) */
static tsn_value invoke_then(tsn_value promise, tsn_value on_fulfilled, tsn_value on_rejected) {
  tsn_value args[2] = { on_fulfilled, on_rejected };
  return tsn_call(tsn_get(promise, tsn_atom.then), promise, 2, args, NULL);
}

/* 27.2.5.1 Promise.prototype.catch(onRejected) */
BUILTIN(promise_catch) { return invoke_then(this_value, TSN_UNDEFINED, tsn_arg(argc, argv, 0)); }

/* Promise.prototype.finally's closures (27.2.5.3 steps 6-7). */
typedef struct finally_state { tsn_value on_finally, constructor; } finally_state;

BUILTIN(value_thunk) { return (tsn_value)(uintptr_t)closure_data(callee); }
BUILTIN(thrower) { tsn_throw((tsn_value)(uintptr_t)closure_data(callee)); }

static tsn_value after_finally(tsn_object *callee, tsn_value settled, tsn_code continuation) {
  finally_state *s = closure_data(callee);
  tsn_value result = tsn_call(s->on_finally, TSN_UNDEFINED, 0, NULL, NULL);
  tsn_value p = tsn_promise_resolve(s->constructor, result);
  return invoke_then(p, closure(continuation, 0, (void *)(uintptr_t)settled), TSN_UNDEFINED);
}

BUILTIN(then_finally) { return after_finally(callee, tsn_arg(argc, argv, 0), value_thunk); }
BUILTIN(catch_finally) { return after_finally(callee, tsn_arg(argc, argv, 0), thrower); }

/* 27.2.5.3 Promise.prototype.finally(onFinally) */
BUILTIN(promise_finally) {
  if (!tsn_is_object(this_value)) tsn_lib_throw_incompatible("Promise.prototype.finally", this_value);
  tsn_value c = tsn_lib_species_constructor(this_value, promise_ctor_value());
  tsn_value on_finally = tsn_arg(argc, argv, 0);
  if (!tsn_is_callable(on_finally)) return invoke_then(this_value, on_finally, on_finally);
  finally_state *s = tsn_alloc(sizeof *s);
  s->on_finally = on_finally;
  s->constructor = c;
  return invoke_then(this_value, closure(then_finally, 1, s), closure(catch_finally, 1, s));
}

static void require_object_this(tsn_value this_value, const char *method) {
  if (!tsn_is_object(this_value)) tsn_throw_type_error("%s called on non-object", method);
}

/* 27.2.4.7 Promise.resolve(x) */
BUILTIN(promise_resolve_static) {
  require_object_this(this_value, "PromiseResolve");
  return tsn_promise_resolve(this_value, tsn_arg(argc, argv, 0));
}

/* 27.2.4.6 Promise.reject(r) */
BUILTIN(promise_reject_static) {
  require_object_this(this_value, "PromiseReject");
  tsn_promise_capability cap = tsn_new_promise_capability(this_value);
  tsn_capability_reject(&cap, tsn_arg(argc, argv, 0));
  return cap.promise;
}

/* 27.2.4.8 Promise.withResolvers() */
BUILTIN(promise_with_resolvers) {
  tsn_promise_capability cap = tsn_new_promise_capability(this_value);
  if (cap.resolve == TSN_EMPTY) tsn_promise_create_resolving_functions(cap.promise, &cap.resolve, &cap.reject);
  tsn_object *o = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_own(o, tsn_str_intern_ascii("promise"), cap.promise, TSN_ATTR_DEFAULT);
  tsn_define_own(o, tsn_str_intern_ascii("resolve"), cap.resolve, TSN_ATTR_DEFAULT);
  tsn_define_own(o, tsn_str_intern_ascii("reject"), cap.reject, TSN_ATTR_DEFAULT);
  return tsn_from_cell(o);
}

/* Promise.try(callbackfn, ...args) (ES2025 27.2.4.8) */
BUILTIN(promise_try) {
  require_object_this(this_value, "Promise.try");
  tsn_promise_capability cap = tsn_new_promise_capability(this_value);
  tsn_value result;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    result = tsn_call(tsn_arg(argc, argv, 0), TSN_UNDEFINED, argc > 1 ? argc - 1 : 0, argv + 1, NULL);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_capability_reject(&cap, tsn_exception);
    return cap.promise;
  }
  tsn_capability_resolve(&cap, result);
  return cap.promise;
}

/* ---- the combinators (27.2.4.1-27.2.4.5) ------------------------------------------------------- */

typedef enum combinator { ALL, ALL_SETTLED, ANY, RACE } combinator;

/* What the element functions of one combinator call share: the values (or errors) array, the
 * remaining-elements counter and the capability. */
typedef struct combinator_state {
  combinator kind;
  tsn_value values;
  double remaining;
  tsn_promise_capability cap;
} combinator_state;

/* One element function: its index and [[AlreadyCalled]]. */
typedef struct element_state {
  combinator_state *shared;
  uint32_t index;
  bool already_called;
} element_state;

static void set_element(tsn_value array, uint32_t index, tsn_value v) {
  tsn_set(array, tsn_lib_index_key(index), v);
}

static tsn_value aggregate_error(tsn_value errors) {
  tsn_value args[2] = { errors, tsn_str_intern_ascii("All promises were rejected") };
  tsn_value ctor = tsn_from_cell(tsn_intrinsics.aggregate_error_prototype);
  ctor = tsn_get(ctor, tsn_atom.constructor);
  return tsn_construct(ctor, 2, args, ctor, NULL);
}

/* Called when every element has settled (remaining reached zero). */
static void finish(combinator_state *s) {
  if (s->kind == ANY) tsn_capability_reject(&s->cap, aggregate_error(s->values));
  else tsn_capability_resolve(&s->cap, s->values);
}

static tsn_value settled_record(bool fulfilled, tsn_value v) {
  tsn_object *o = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_own(o, tsn_atom.status, tsn_str_intern_ascii(fulfilled ? "fulfilled" : "rejected"), TSN_ATTR_DEFAULT);
  tsn_define_own(o, fulfilled ? tsn_atom.value : tsn_atom.reason, v, TSN_ATTR_DEFAULT);
  return tsn_from_cell(o);
}

/* Promise.all Resolve Element, allSettled's two element functions and Promise.any Reject Element:
 * `fulfilled` tells which outcome this function records. */
static tsn_value record_element(tsn_object *callee, tsn_value x, bool fulfilled) {
  element_state *e = closure_data(callee);
  if (e->already_called) return TSN_UNDEFINED;
  e->already_called = true;
  combinator_state *s = e->shared;
  set_element(s->values, e->index, s->kind == ALL_SETTLED ? settled_record(fulfilled, x) : x);
  if (--s->remaining == 0) finish(s);
  return TSN_UNDEFINED;
}

BUILTIN(element_fulfilled) { return record_element(callee, tsn_arg(argc, argv, 0), true); }
BUILTIN(element_rejected) { return record_element(callee, tsn_arg(argc, argv, 0), false); }

static tsn_value element_function(combinator_state *s, uint32_t index, element_state **shared_flag, bool fulfilled) {
  element_state *e = *shared_flag;
  if (!e) {
    e = tsn_alloc(sizeof *e);
    e->shared = s;
    e->index = index;
    *shared_flag = e;
  }
  return closure(fulfilled ? element_fulfilled : element_rejected, 1, e);
}

/* The loop of PerformPromiseAll / AllSettled / Any / Race over an open iterator. */
static void perform(combinator_state *s, tsn_iter *it, tsn_value constructor, tsn_value promise_resolve) {
  uint32_t index = 0;
  tsn_value value;
  while (tsn_iter_step(it, &value)) {
    if (s->kind != RACE) set_element(s->values, index, TSN_UNDEFINED);
    tsn_value next = tsn_call(promise_resolve, constructor, 1, &value, NULL);
    tsn_value on_fulfilled, on_rejected;
    element_state *e = NULL; /* allSettled: both functions share one [[AlreadyCalled]] */
    switch (s->kind) {
      case ALL: on_fulfilled = element_function(s, index, &e, true); on_rejected = s->cap.reject; break;
      case ALL_SETTLED:
        on_fulfilled = element_function(s, index, &e, true);
        on_rejected = element_function(s, index, &e, false);
        break;
      case ANY: on_fulfilled = s->cap.resolve; on_rejected = element_function(s, index, &e, false); break;
      default: on_fulfilled = s->cap.resolve; on_rejected = s->cap.reject; break;
    }
    if (s->kind != RACE) s->remaining++;
    invoke_then(next, on_fulfilled, on_rejected);
    index++;
  }
  if (s->kind != RACE && --s->remaining == 0) finish(s);
}

static tsn_value combinator_run(tsn_value constructor, tsn_value iterable, combinator kind, const char *method) {
  require_object_this(constructor, method);
  combinator_state *s = tsn_alloc(sizeof *s);
  s->kind = kind;
  s->cap = tsn_new_promise_capability(constructor);
  /* the element functions call the capability's functions as values */
  if (s->cap.resolve == TSN_EMPTY) tsn_promise_create_resolving_functions(s->cap.promise, &s->cap.resolve, &s->cap.reject);
  s->values = tsn_new_array(0);
  s->remaining = 1;
  tsn_iter it;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_value promise_resolve = tsn_get(constructor, tsn_str_intern_ascii("resolve"));
    if (!tsn_is_callable(promise_resolve)) tsn_throw_type_error("Promise resolve or reject function is not callable");
    tsn_iter_open(&it, iterable, NULL);
    perform(s, &it, constructor, promise_resolve);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    /* a throw after the iterator opened has closed it (the open-iterator stack) */
    tsn_capability_reject(&s->cap, tsn_exception);
  }
  return s->cap.promise;
}

BUILTIN(promise_all) { return combinator_run(this_value, tsn_arg(argc, argv, 0), ALL, "Promise.all"); }
BUILTIN(promise_all_settled) { return combinator_run(this_value, tsn_arg(argc, argv, 0), ALL_SETTLED, "Promise.allSettled"); }
BUILTIN(promise_any) { return combinator_run(this_value, tsn_arg(argc, argv, 0), ANY, "Promise.any"); }
BUILTIN(promise_race) { return combinator_run(this_value, tsn_arg(argc, argv, 0), RACE, "Promise.race"); }

void tsn_lib_promise_init(void) {
  tsn_object *proto = tsn_intrinsics.promise_prototype;
  tsn_value ctor = tsn_lib_define_constructor("Promise", promise_constructor, 1, proto);
  tsn_object *c = tsn_as_object(ctor);
  tsn_intrinsics.promise_constructor = c;
  tsn_define_builtin(c, "all", promise_all, 1);
  tsn_define_builtin(c, "allSettled", promise_all_settled, 1);
  tsn_define_builtin(c, "any", promise_any, 1);
  tsn_define_builtin(c, "race", promise_race, 1);
  tsn_define_builtin(c, "reject", promise_reject_static, 1);
  tsn_define_builtin(c, "resolve", promise_resolve_static, 1);
  tsn_define_builtin(c, "withResolvers", promise_with_resolvers, 0);
  tsn_define_builtin(c, "try", promise_try, 1);
  tsn_lib_define_species(c);
  tsn_define_builtin(proto, "then", promise_then, 2);
  tsn_define_builtin(proto, "catch", promise_catch, 1);
  tsn_define_builtin(proto, "finally", promise_finally, 1);
  tsn_lib_define_to_string_tag(proto, "Promise");
}
