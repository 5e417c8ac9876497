/*
 * async_generator.h — async generator objects (ECMA-262 27.6): a compiled resumable body (as
 * generators and async functions have), the request queue of next/return/throw calls, and the
 * AsyncGeneratorStart/Resume/Yield/AwaitReturn/DrainQueue steps that settle each request's promise.
 * The compiled body awaits a yielded value before it suspends with TSN_BODY_YIELD, and awaits the
 * value of a `return` resumption itself (AsyncGeneratorUnwrapYieldResumption).
 */
#ifndef TSN_ASYNC_GENERATOR_H
#define TSN_ASYNC_GENERATOR_H

#include "generator.h"

/* OrdinaryCreateFromConstructor(callee, %AsyncGeneratorPrototype%): an async generator in state
 * suspendedStart whose prototype is callee.prototype when that is an object. */
tsn_value tsn_async_generator_create(tsn_object *callee, tsn_resume_code resume, void *frame);
/* %AsyncGeneratorPrototype%.next / return / throw (27.6.1.2-4) on `this_value`: the request's promise. */
tsn_value tsn_async_generator_enqueue(tsn_value this_value, tsn_resume_mode mode, tsn_value value);

#endif
