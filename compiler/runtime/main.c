/*
 * main.c — process entry of every compiled program: the stack guard, libgc, fault handling and
 * realm start-up, the program and then the event loop under a top-level handler (uncaught exception: Node's report, exit
 * code 1), then flush and exit with process.exitCode (Node: 0 unless set).
 */
#include "alloc.h"
#include "event_loop.h"
#include "fatal.h"
#include "job_queue.h"
#include "tsn.h"

int main(int argc, char **argv) {
  tsn_stack_guard_init(__builtin_frame_address(0));
  GC_INIT();
  tsn_fatal_init();
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_realm_init(argc, argv);
    tsn_program_main();
    /* An ES module is evaluated inside a promise job, so V8 drains its microtasks before Node's
     * tick queue is looked at; after a CommonJS main, nextTicks run first. */
    if (tsn_program_is_module) tsn_run_microtasks();
    tsn_event_loop_run();
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_report_uncaught(tsn_exception);
  }
  tsn_exit(tsn_process_exit_code);
}
