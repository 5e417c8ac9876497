/*
 * iter.h — the iteration protocol (ECMA-262 7.4) for for-of, spread and destructuring.
 * Arrays and strings whose iteration has not been patched take a fast path by index (arrays read
 * their live length each step, as the array iterator does); everything else goes through
 * [Symbol.iterator]() and next().
 */
#ifndef TSN_ITER_H
#define TSN_ITER_H

#include "object.h"

typedef struct tsn_iter {
  int kind;           /* fast array, fast string, generic */
  tsn_value target;   /* the array/string, or the iterator object */
  tsn_value next;     /* generic: the next method */
  uint32_t index;
  bool done;
  struct tsn_iter *prev_open; /* generic iterators: the open-iterator stack (see tsn_iter_open_top) */
  /* generic iterators that are generator objects with the intrinsic next(): stepped by resuming the
   * generator directly, without a call to next() or an iterator result object (same observable steps) */
  struct tsn_generator *generator;
} tsn_iter;

/* Open generic iterators, innermost first. A throw closes (IteratorClose with a throw completion)
 * every iterator opened since the catching handler was pushed, so `for (x of it) throw e` calls
 * it.return() exactly as the spec's abrupt completion does, without a handler per loop. */
extern tsn_iter *tsn_iter_open_top;
/* Closes, innermost first, every open iterator down to (not including) `mark`. */
void tsn_iter_unwind_to(tsn_iter *mark);

/* GetIterator(iterable, sync); throws TypeError "x is not iterable" (V8 text, e.g. "obj is not iterable"
 * for a variable named obj: the compiler passes the source text, NULL for a generic message). */
void tsn_iter_open(tsn_iter *it, tsn_value iterable, const char *source_text);
/* An Iterator Record { [[Iterator]]: iterator, [[NextMethod]]: next_method } as GetIteratorDirect
 * (ECMA-262 7.4.2) makes it, for tsn_iter_step/tsn_iter_close; not on the open-iterator stack. */
void tsn_iter_init_direct(tsn_iter *it, tsn_value iterator, tsn_value next_method);
/* Pushes a record made by tsn_iter_init_direct on the open-iterator stack (a throw then closes it),
 * or takes it off again. */
void tsn_iter_track(tsn_iter *it);
void tsn_iter_untrack(tsn_iter *it);
/* IteratorStep + IteratorValue: false when done, else stores the value in *out. */
bool tsn_iter_step(tsn_iter *it, tsn_value *out);
/* IteratorClose on a break/return completion (for-of body, destructuring): calls `return` if present;
 * TypeError "Iterator result x is not an object" when it returns a non-object. */
void tsn_iter_close(tsn_iter *it);
/* IteratorClose on a throw completion: calls `return` but ignores anything it throws or returns, so
 * the original exception (still in tsn_exception) is the one propagated. Restores tsn_exception. */
void tsn_iter_close_on_throw(tsn_iter *it);
/* Spread `...iterable`: append every value of `iterable` to the array `array`; `source_text` names the
 * operand in "x is not iterable" as in tsn_iter_open (NULL: V8's generic message). */
void tsn_array_append_iterable(tsn_value array, tsn_value iterable, const char *source_text);
/* The steps of yield* (ECMA-262 15.5.5): GetIterator (the iterator, its next method in *next_out;
 * "x is not iterable" as tsn_iter_open); a call of next/throw/return whose result must be an object
 * (TypeError "Iterator result x is not an object"); GetMethod returning undefined for a nullish
 * property; IteratorComplete and IteratorValue; and the TypeError of a throw() delegated to an
 * iterator without a throw method (after closing it). */
tsn_value tsn_get_iterator(tsn_value iterable, const char *source_text, tsn_value *next_out);
tsn_value tsn_iterator_method(tsn_value iterator, tsn_value name);
tsn_value tsn_call_iterator_method(tsn_value method, tsn_value iterator, tsn_value value);
bool tsn_iter_result_done(tsn_value result);
tsn_value tsn_iter_result_value(tsn_value result);
_Noreturn void tsn_throw_yield_star_no_throw(tsn_value iterator);
/* Create an iterator result object { value, done }. */
tsn_value tsn_iter_result(tsn_value value, bool done);

#endif
