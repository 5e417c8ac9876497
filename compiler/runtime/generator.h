/*
 * generator.h — generator objects (ECMA-262 27.5) and the resumable-body interface compiled
 * generators implement.
 *
 * A generator object (class TSN_CLASS_GENERATOR, `internal` a tsn_generator) pairs a compiled
 * "resume" function, a state machine, with its heap frame. The runtime owns the state of 27.5.3
 * (suspendedStart, suspendedYield, executing, completed): %GeneratorPrototype%.next/return/throw
 * validate the state, mark the generator executing while its body runs, and mark it completed when
 * the body returns or throws. The iterator helpers (27.1.2.1) are the same objects with the brand
 * "Iterator Helper" and a resume function written in C.
 *
 * Open iterators: iterators the body opens (tsn_iter_open) and keeps open across a yield are taken
 * off the runtime's open-iterator stack when the body suspends and put back on top when it resumes,
 * so a throw closes exactly the iterators of the code it leaves, suspended generators included.
 */
#ifndef TSN_GENERATOR_H
#define TSN_GENERATOR_H

#include "function.h"
#include "iter.h"

/* The compiled body of a generator: resumed with the completion the caller sends
 * (ECMA-262 27.5.3.3 GeneratorResume / 27.5.3.4 GeneratorResumeAbrupt).
 * mode: TSN_RESUME_NEXT (value = the value sent by next()), TSN_RESUME_THROW (value = the exception
 * to throw at the suspended yield), TSN_RESUME_RETURN (value = the return value: the compiled code
 * runs pending finally blocks and may yield again from one).
 * Returns the yielded value with *how = TSN_BODY_YIELD, the awaited value with *how = TSN_BODY_AWAIT
 * (async bodies only), or the completion value with *how = TSN_BODY_RETURN; an exception propagates
 * with tsn_throw. frame: the pointer given to tsn_generator_create.
 * The first call (state suspendedStart) always has mode TSN_RESUME_NEXT: return()/throw() on a
 * generator that has not started complete it without running the body. */
typedef enum { TSN_RESUME_NEXT = 0, TSN_RESUME_THROW = 1, TSN_RESUME_RETURN = 2 } tsn_resume_mode;
typedef enum { TSN_BODY_YIELD = 0, TSN_BODY_RETURN = 1, TSN_BODY_AWAIT = 2 } tsn_body_exit;
typedef tsn_value (*tsn_resume_code)(void *frame, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how);

/* [[GeneratorState]] (27.5.2). */
typedef enum tsn_generator_state {
  TSN_GEN_SUSPENDED_START = 0,
  TSN_GEN_SUSPENDED_YIELD,
  TSN_GEN_EXECUTING,
  TSN_GEN_COMPLETED,
} tsn_generator_state;

/* [[GeneratorBrand]]: empty for generators, "Iterator Helper" for iterator helper objects. */
typedef enum tsn_generator_brand { TSN_BRAND_GENERATOR = 0, TSN_BRAND_ITERATOR_HELPER } tsn_generator_brand;

typedef struct tsn_generator {
  uint8_t state;         /* tsn_generator_state */
  uint8_t brand;         /* tsn_generator_brand */
  tsn_resume_code resume;
  void *frame;
  /* Iterators opened by the body and still open while it is suspended, innermost first (the
   * bottom one's prev_open is NULL while detached). */
  tsn_iter *open_iters;
} tsn_generator;

/* OrdinaryCreateFromConstructor(callee, %GeneratorPrototype%): a generator object in state
 * suspendedStart whose prototype is callee.prototype when that is an object. */
tsn_value tsn_generator_create(tsn_object *callee, tsn_resume_code resume, void *frame);
/* A generator-like object of the given brand and prototype (CreateIteratorFromClosure, 27.1.2.1). */
tsn_value tsn_generator_create_branded(tsn_object *proto, tsn_generator_brand brand, tsn_resume_code resume, void *frame);

/* GeneratorValidate (27.5.3.2): the generator behind `v` when it is an object of `brand`, else NULL.
 * Does not check the state. */
tsn_generator *tsn_generator_of(tsn_value v, tsn_generator_brand brand);
/* tsn_generator_resume(g, undefined) followed by IteratorComplete and IteratorValue, without the
 * iterator result object (for-of and spread over generators): false when the generator is done. */
bool tsn_generator_step(tsn_generator *g, tsn_value *out);
/* The generator behind `iterator` when `next` is the intrinsic %GeneratorPrototype%.next (so a
 * step may resume it directly), else NULL. */
tsn_generator *tsn_generator_with_intrinsic_next(tsn_value iterator, tsn_value next);
/* Runs the body with `mode`/`value` while the generator is marked executing, to its next suspend
 * point (*how and the result as tsn_resume_code's) or its end (state completed); an exception
 * completes the generator and propagates (closing the iterators its body had open). No state check:
 * the callers validate. */
tsn_value tsn_generator_run(tsn_generator *g, tsn_resume_mode mode, tsn_value value, tsn_body_exit *how);
/* GeneratorResume (27.5.3.3): runs the body to its next yield or its end; returns the iterator
 * result object. TypeError "Generator is already running" while executing. */
tsn_value tsn_generator_resume(tsn_generator *g, tsn_value value);
/* GeneratorResumeAbrupt (27.5.3.4) with a return (mode TSN_RESUME_RETURN) or throw (TSN_RESUME_THROW)
 * completion carrying `value`. */
tsn_value tsn_generator_resume_abrupt(tsn_generator *g, tsn_resume_mode mode, tsn_value value);

#endif
