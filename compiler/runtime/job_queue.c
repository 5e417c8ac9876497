/*
 * job_queue.c — V8's microtask queue and Node's nextTick queue (job_queue.h), as singly linked
 * lists of GC-allocated records (the list heads are static roots, so queued values stay alive).
 */
#include "job_queue.h"

#include "alloc.h"
#include "exception.h"
#include "function.h"
#include "object.h"
#include "process_events.h"
#include "promise.h"

typedef struct job {
  struct job *next;
  tsn_job_fn run;   /* NULL for a tick: a = callback, b = args array or undefined */
  tsn_value a, b, c;
} job;

typedef struct queue {
  job *head, *tail;
} queue;

static queue microtasks, ticks;

static void push(queue *q, job *j) {
  j->next = NULL;
  if (q->tail) q->tail->next = j;
  else q->head = j;
  q->tail = j;
}

static job *shift(queue *q) {
  job *j = q->head;
  if (j) {
    q->head = j->next;
    if (!q->head) q->tail = NULL;
  }
  return j;
}

void tsn_enqueue_microtask(tsn_job_fn run, tsn_value a, tsn_value b, tsn_value c) {
  job *j = tsn_alloc(sizeof *j);
  j->run = run;
  j->a = a;
  j->b = b;
  j->c = c;
  push(&microtasks, j);
}

void tsn_enqueue_tick(tsn_value callback, tsn_value args) {
  job *j = tsn_alloc(sizeof *j);
  j->run = NULL;
  j->a = callback;
  j->b = args;
  push(&ticks, j);
}

void tsn_run_microtasks(void) {
  /* jobs run on an empty JS stack, also when an ES module's evaluation drains them */
  bool main_running = tsn_main_running;
  tsn_main_running = false;
  for (job *j; (j = shift(&microtasks));) j->run(j->a, j->b, j->c);
  tsn_main_running = main_running;
}

/* One attempt at draining both queues; false when a callback threw (the exception was handled as
 * uncaught and draining must go on). */
static bool drain(void) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) != 0) {
    TSN_TRY_POP(h);
    tsn_main_running = false;
    tsn_handle_uncaught(tsn_exception, "uncaughtException");
    return false;
  }
  do {
    for (job *j; (j = shift(&ticks));) tsn_call_with_array(j->a, TSN_UNDEFINED, j->b);
    tsn_run_microtasks();
  } while (ticks.head || tsn_process_promise_rejections());
  TSN_TRY_POP(h);
  return true;
}

void tsn_process_ticks_and_rejections(void) {
  while (!drain()) {}
}
