/*
 * job_queue.h — the two queues Node drains between callbacks: V8's microtask queue (ECMA-262 9.5
 * HostEnqueuePromiseJob: promise reaction jobs, thenable jobs, queueMicrotask callbacks) and Node's
 * process.nextTick queue, drained as lib/internal/process/task_queues.js processTicksAndRejections
 * does: every tick, then every microtask, repeated until both are empty and no unhandled rejection
 * is pending.
 */
#ifndef TSN_JOB_QUEUE_H
#define TSN_JOB_QUEUE_H

#include "value.h"

/* A job: `run(a, b, c)` with three GC-visible values. */
typedef void (*tsn_job_fn)(tsn_value a, tsn_value b, tsn_value c);

/* HostEnqueuePromiseJob: appends a microtask. */
void tsn_enqueue_microtask(tsn_job_fn run, tsn_value a, tsn_value b, tsn_value c);
/* process.nextTick(callback, ...args): appends to the tick queue (args is an array or undefined). */
void tsn_enqueue_tick(tsn_value callback, tsn_value args);
/* V8's MicrotasksScope::PerformCheckpoint: runs microtasks until the queue is empty. A throwing
 * microtask is an uncaught exception (Node reports it and exits 1). */
void tsn_run_microtasks(void);
/* processTicksAndRejections: ticks then microtasks until both queues are empty and no unhandled
 * rejection is pending. A throwing callback is an uncaught exception (tsn_handle_uncaught); when a
 * listener handles it, draining goes on. */
void tsn_process_ticks_and_rejections(void);

#endif
