/*
 * event_loop.c — the libuv loop of every compiled program (event_loop.h).
 */
#include "event_loop.h"

#include "exception.h"
#include "function.h"
#include "job_queue.h"
#include "process_events.h"

uv_loop_t *tsn_loop(void) { return uv_default_loop(); }

void tsn_loop_callback(tsn_value callback, tsn_value this_value, tsn_value args) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_call_with_array(callback, this_value, args);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_handle_uncaught(tsn_exception, "uncaughtException");
  }
  tsn_process_ticks_and_rejections();
}

void tsn_event_loop_run(void) {
  tsn_process_ticks_and_rejections();
  uv_run(tsn_loop(), UV_RUN_DEFAULT);
}
