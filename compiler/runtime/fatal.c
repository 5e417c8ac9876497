/*
 * fatal.c — signal dispositions, the out-of-memory handler and the GC warning sink (see fatal.h).
 */
#include "fatal.h"

#include <signal.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "alloc.h"
#include "output.h"

/* The handler runs on its own stack so a C stack overflow can still flush. */
static char alternate_stack[1 << 16];

static const int crash_signals[] = {SIGSEGV, SIGBUS, SIGILL, SIGFPE, SIGABRT};

/* Async-signal-safe: the flush is write(2) of the static buffer; then the default action. */
static void on_crash_signal(int sig) {
  tsn_flush_output();
  signal(sig, SIG_DFL);
  raise(sig);
}

/* V8's fatal out-of-memory report (its first line; Node adds GC and native stack traces around it). */
static void *on_out_of_memory(size_t bytes) {
  static const char line[] = "FATAL ERROR: Reached heap limit Allocation failed - JavaScript heap out of memory\n";
  tsn_flush_output();
  ssize_t ignored = write(2, line, sizeof line - 1);
  (void)ignored;
  abort();
}

static void ignore_gc_warning(char *message, GC_word arg) {}

void tsn_fatal_init(void) {
  signal(SIGPIPE, SIG_IGN);
  GC_set_oom_fn(on_out_of_memory);
  if (!getenv("TSN_GC_WARNINGS")) GC_set_warn_proc(ignore_gc_warning);
  stack_t ss = {.ss_sp = alternate_stack, .ss_size = sizeof alternate_stack, .ss_flags = 0};
  sigaltstack(&ss, NULL);
  struct sigaction sa;
  memset(&sa, 0, sizeof sa);
  sa.sa_handler = on_crash_signal;
  sa.sa_flags = SA_ONSTACK | SA_RESETHAND;
  sigemptyset(&sa.sa_mask);
  for (size_t i = 0; i < sizeof crash_signals / sizeof crash_signals[0]; i++) sigaction(crash_signals[i], &sa, NULL);
}
