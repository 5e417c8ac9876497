/*
 * main.c — process entry of every compiled program: the stack guard, libgc, fault handling and
 * realm start-up, the program and then the event loop under a top-level handler (uncaught exception: Node's report, exit
 * code 1), then flush and exit with process.exitCode (Node: 0 unless set).
 */
#include "alloc.h"
#include "async_function.h"
#include "event_loop.h"
#include "fatal.h"
#include "tsn.h"

int main(int argc, char **argv) {
  tsn_stack_guard_init(__builtin_frame_address(0));
  GC_INIT();
  tsn_fatal_init();
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_realm_init(argc, argv);
    tsn_main_running = true;
    tsn_program_main();
    tsn_main_running = false;
    tsn_event_loop_run();
    tsn_async_module_check_settled();
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_report_uncaught(tsn_exception);
  }
  tsn_exit(tsn_process_exit_code);
}
