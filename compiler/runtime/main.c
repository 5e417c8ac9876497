/*
 * main.c — process entry of every compiled program: libgc and realm start-up, the program under a
 * top-level handler (uncaught exception: Node's report, exit code 1), then flush and exit with
 * process.exitCode (Node: 0 unless set).
 */
#include <sys/resource.h>

#include "alloc.h"
#include "tsn.h"

/* Deep JS recursion (up to TSN_CALL_DEPTH_LIMIT frames) needs more than the usual 8 MiB of C stack;
 * the main thread's stack grows on demand up to the soft limit, so raise it where allowed. */
static void raise_stack_limit(void) {
  struct rlimit rl;
  const rlim_t wanted = (rlim_t)256 << 20;
  if (getrlimit(RLIMIT_STACK, &rl) != 0 || rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur >= wanted) return;
  rl.rlim_cur = (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > wanted) ? wanted : rl.rlim_max;
  setrlimit(RLIMIT_STACK, &rl);
}

int main(int argc, char **argv) {
  raise_stack_limit();
  GC_INIT();
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_realm_init(argc, argv);
    tsn_program_main();
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
    tsn_report_uncaught(tsn_exception);
  }
  tsn_exit(tsn_process_exit_code);
}
