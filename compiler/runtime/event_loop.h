/*
 * event_loop.h — the process's event loop: libuv's default loop, the loop Node runs on, so the phases
 * are Node's (timers, pending, idle/prepare, poll, check, close). Every callback into JS is followed by
 * Node's processTicksAndRejections (job_queue.h), as Node's MakeCallback does.
 */
#ifndef TSN_EVENT_LOOP_H
#define TSN_EVENT_LOOP_H

#include <uv.h>

#include "value.h"

/* The loop (uv_default_loop). */
uv_loop_t *tsn_loop(void);
/* Calls `callback` with `this_value` and the arguments in `args` (an array, or undefined for none),
 * then drains the tick and microtask queues. A throw is an uncaught exception (tsn_handle_uncaught). */
void tsn_loop_callback(tsn_value callback, tsn_value this_value, tsn_value args);
/* After the main module: drains the queues, then runs the loop until no referenced handle is left
 * (uv_run with UV_RUN_DEFAULT), as Node's SpinEventLoop does. */
void tsn_event_loop_run(void);

#endif
