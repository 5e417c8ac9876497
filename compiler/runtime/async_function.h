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
/* Evaluates the body of a module with top-level await as an async function body (ECMA-262
 * 16.2.1.5.3.2 ExecuteAsyncModule); its rejection is reported as an uncaught exception, as Node does. */
void tsn_async_module_start(tsn_resume_code resume, void *frame);
/* After the event loop ran dry: when the module's evaluation is still pending, Node's warning
 * "Detected unsettled top-level await" on stderr and exit code 13 (never returns then). */
void tsn_async_module_check_settled(void);

#endif
