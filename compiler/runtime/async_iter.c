/*
 * async_iter.c — GetIterator(obj, async) and the Async-from-Sync Iterator objects (async_iter.h).
 */
#include "async_iter.h"

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

/* [[SyncIteratorRecord]] of an Async-from-Sync Iterator. */
typedef struct sync_record {
  tsn_value iterator, next;
} sync_record;

/* GetMethod (7.3.10): undefined for a nullish property, TypeError for a non-callable one. */
static tsn_value get_method(tsn_value v, tsn_value key) {
  tsn_value m = tsn_get(v, key);
  if (tsn_is_nullish(m)) return TSN_UNDEFINED;
  if (!tsn_is_callable(m)) tsn_throw_type_error("%s is not a function", tsn_lib_value_type_text(m));
  return m;
}

static _Noreturn void throw_not_async_iterable(tsn_value v, const char *source_text) {
  if (source_text) tsn_throw_type_error("%s is not async iterable", source_text);
  tsn_throw_type_error("%s is not async iterable", tsn_lib_value_type_text(v));
}

/* CreateAsyncFromSyncIterator (27.1.6.1). */
static tsn_value create_async_from_sync(tsn_value iterator, tsn_value next) {
  tsn_object *o = tsn_object_new(tsn_intrinsics.async_from_sync_iterator_prototype);
  sync_record *r = tsn_alloc(sizeof *r);
  r->iterator = iterator;
  r->next = next;
  o->internal = r;
  return tsn_from_cell(o);
}

tsn_value tsn_get_async_iterator(tsn_value iterable, const char *source_text, tsn_value *next_out) {
  if (tsn_is_nullish(iterable)) throw_not_async_iterable(iterable, source_text);
  tsn_value method = get_method(iterable, tsn_intrinsics.symbol_async_iterator);
  if (tsn_is_undefined(method)) {
    tsn_value sync_method = get_method(iterable, tsn_intrinsics.symbol_iterator);
    if (tsn_is_undefined(sync_method)) throw_not_async_iterable(iterable, source_text);
    tsn_value sync_next;
    tsn_value sync = tsn_get_iterator(iterable, source_text, &sync_next);
    tsn_value wrapper = create_async_from_sync(sync, sync_next);
    *next_out = tsn_get(wrapper, tsn_atom.next);
    return wrapper;
  }
  tsn_value iterator = tsn_call(method, iterable, 0, NULL, NULL);
  if (!tsn_is_object(iterator)) tsn_throw_type_error("Result of the Symbol.asyncIterator method is not an object");
  *next_out = tsn_get(iterator, tsn_atom.next);
  return iterator;
}

tsn_value tsn_iter_result_check(tsn_value result) {
  if (!tsn_is_object(result)) {
    size_t n;
    tsn_throw_type_error("Iterator result %s is not an object", tsn_str_to_utf8(tsn_lib_receiver_text(result), &n));
  }
  return result;
}

/* ---- %AsyncFromSyncIteratorPrototype% (27.1.6.2) ----------------------------------------------- */

static sync_record *this_record(tsn_value this_value) {
  return tsn_is_object(this_value) ? tsn_as_object(this_value)->internal : NULL;
}

/* The onFulfilled closure of AsyncFromSyncIteratorContinuation: CreateIterResultObject(v, done). */
static tsn_value unwrap_done(void *data, tsn_value v) { return tsn_iter_result(v, true); }
static tsn_value unwrap_not_done(void *data, tsn_value v) { return tsn_iter_result(v, false); }

/* Its onRejected closure when the sync iterator must be closed: IteratorClose with the throw
 * completion, which rethrows the reason. */
static tsn_value close_and_rethrow(void *data, tsn_value reason) {
  sync_record *r = data;
  tsn_exception = reason;
  tsn_iter it;
  tsn_iter_init_direct(&it, r->iterator, r->next);
  tsn_iter_close_on_throw(&it);
  tsn_throw(reason);
}

/* AsyncFromSyncIteratorContinuation (27.1.6.4); runs under the caller's handler, whose throw
 * rejects the capability. */
static void continuation(tsn_value result, tsn_promise_capability *cap, sync_record *r, bool close_on_rejection) {
  bool done = tsn_iter_result_done(result);
  tsn_value value = tsn_iter_result_value(result);
  tsn_value wrapper;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    wrapper = tsn_promise_resolve(tsn_from_cell(tsn_intrinsics.promise_constructor), value);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    if (!done && close_on_rejection) close_and_rethrow(r, tsn_exception);
    tsn_throw(tsn_exception);
  }
  tsn_native_reaction on_rejected = done || !close_on_rejection ? NULL : close_and_rethrow;
  tsn_promise_then_native(wrapper, done ? unwrap_done : unwrap_not_done, on_rejected, r, *cap);
}

typedef enum { STEP_NEXT, STEP_RETURN, STEP_THROW } step_kind;

/* The body of next/return/throw: any abrupt completion rejects the returned promise
 * (IfAbruptRejectPromise). */
static tsn_value step(tsn_value this_value, int argc, const tsn_value *argv, step_kind kind) {
  sync_record *r = this_record(this_value);
  tsn_promise_capability cap = tsn_new_promise_capability(tsn_from_cell(tsn_intrinsics.promise_constructor));
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_value result;
    if (kind == STEP_NEXT) {
      result = tsn_call(r->next, r->iterator, argc > 0 ? 1 : 0, argv, NULL);
    } else {
      tsn_value method = get_method(r->iterator, kind == STEP_RETURN ? tsn_atom.return_ : tsn_str_intern_ascii("throw"));
      if (tsn_is_undefined(method)) {
        TSN_TRY_POP(h);
        if (kind == STEP_RETURN) {
          tsn_capability_resolve(&cap, tsn_iter_result(tsn_arg(argc, argv, 0), true));
          return cap.promise;
        }
        /* no throw method: close the sync iterator, then reject with a TypeError */
        TSN_TRY_PUSH(h);
        if (setjmp(h.jb) == 0) {
          tsn_iter it;
          tsn_iter_init_direct(&it, r->iterator, r->next);
          tsn_iter_close(&it);
          tsn_throw_type_error("The iterator does not provide a 'throw' method");
        }
        TSN_TRY_POP(h);
        tsn_capability_reject(&cap, tsn_exception);
        return cap.promise;
      }
      result = tsn_call(method, r->iterator, argc > 0 ? 1 : 0, argv, NULL);
    }
    tsn_iter_result_check(result);
    continuation(result, &cap, r, kind != STEP_RETURN);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_capability_reject(&cap, tsn_exception);
  }
  return cap.promise;
}

BUILTIN(async_from_sync_next) { return step(this_value, argc, argv, STEP_NEXT); }
BUILTIN(async_from_sync_return) { return step(this_value, argc, argv, STEP_RETURN); }
BUILTIN(async_from_sync_throw) { return step(this_value, argc, argv, STEP_THROW); }

/* %AsyncIteratorPrototype%[Symbol.asyncIterator]() (27.1.4.1) */
BUILTIN(async_iterator_self) { return this_value; }

void tsn_lib_async_iterator_init(void) {
  tsn_object *aip = tsn_intrinsics.async_iterator_prototype, *afs = tsn_intrinsics.async_from_sync_iterator_prototype;
  tsn_lib_define_symbol_method(aip, tsn_intrinsics.symbol_async_iterator, "[Symbol.asyncIterator]", async_iterator_self, 0);
  tsn_define_builtin(afs, "next", async_from_sync_next, 1);
  tsn_define_builtin(afs, "return", async_from_sync_return, 1);
  tsn_define_builtin(afs, "throw", async_from_sync_throw, 1);
}
