/*
 * async_function.h — the driver of compiled async functions (ECMA-262 27.7.5): AsyncFunctionStart,
 * Await (27.7.5.3) and AsyncBlockStart's completion, around the same resumable bodies generators use
 * (generator.h): each `await` suspends the body with the awaited value; the driver resumes it from a
 * promise reaction job with the fulfilment value (TSN_RESUME_NEXT) or the rejection reason
 * (TSN_RESUME_THROW).
 */
#ifndef TSN_ASYNC_FUNCTION_H
#define TSN_ASYNC_FUNCTION_H

#include "generator.h"

/* Runs the body of an async function call up to its first await (or its end) and returns the call's
 * promise: fulfilled with the body's return value, rejected with what it throws. `frame` is the
 * body's heap frame (the call's arguments and locals). */
tsn_value tsn_async_function_start(tsn_resume_code resume, void *frame);

#endif
