/*
 * main.c — process entry of every compiled program: the stack guard, libgc, fault handling and
 * realm start-up; the main module, then the event loop as Node's SpinEventLoop runs it (the loop
 * until no referenced handle is left, 'beforeExit', again while it brought new work), each phase
 * under a handler that treats an escaping exception as Node's uncaught exception; then 'exit' and
 * process.exitCode (Node: 0 unless set).
 */
#include "alloc.h"
#include "async_function.h"
#include "event_loop.h"
#include "fatal.h"
#include "process_events.h"
#include "tsn.h"

static int main_argc;
static char **main_argv;

static void start_realm(void) { tsn_realm_init(main_argc, main_argv); }

static void run_main_module(void) {
  tsn_main_running = true;
  tsn_program_main();
  tsn_main_running = false;
}

static void before_exit(void) {
  if (tsn_process_emit_before_exit()) tsn_process_ticks_and_rejections();
}

/* Runs `phase`; an exception it lets escape is an uncaught exception (tsn_handle_uncaught: the
 * 'uncaughtException' listeners, or Node's report and exit code 1). */
static void run_guarded(void (*phase)(void)) {
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    phase();
    TSN_TRY_POP(h);
    return;
  }
  TSN_TRY_POP(h);
  tsn_main_running = false;
  tsn_handle_uncaught(tsn_exception, "uncaughtException");
}

int main(int argc, char **argv) {
  tsn_stack_guard_init(__builtin_frame_address(0));
  GC_INIT();
  tsn_fatal_init();
  main_argc = argc;
  main_argv = argv;
  run_guarded(start_realm);
  run_guarded(run_main_module);
  for (;;) {
    run_guarded(tsn_event_loop_run);
    if (uv_loop_alive(tsn_loop())) continue;
    run_guarded(before_exit);
    if (!uv_loop_alive(tsn_loop())) break;
  }
  tsn_async_module_check_settled();
  tsn_process_exit();
}
