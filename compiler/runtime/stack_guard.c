/*
 * stack_guard.c — start-up of the C stack guard and the stack-overflow RangeError (see stack_guard.h).
 */
#include "stack_guard.h"

#include <sys/resource.h>

#include "exception.h"

int tsn_call_depth;
char *tsn_stack_limit;

/* The stack a program asks for: deep JS recursion (TSN_CALL_DEPTH_LIMIT units) with large native
 * frames needs more than the usual 8 MiB; the main thread's stack grows on demand up to the soft limit. */
#define WANTED_STACK ((rlim_t)256 << 20)
/* Kept free below the limit: creating and throwing the RangeError, a collection, printing it uncaught. */
#define RESERVED_STACK ((size_t)1 << 20)

/* The soft stack limit after raising it towards WANTED_STACK where the hard limit allows. */
static size_t usable_stack(void) {
  struct rlimit rl;
  if (getrlimit(RLIMIT_STACK, &rl) != 0) return 8u << 20;
  if (rl.rlim_cur != RLIM_INFINITY && rl.rlim_cur < WANTED_STACK) {
    rlim_t raised = (rl.rlim_max == RLIM_INFINITY || rl.rlim_max > WANTED_STACK) ? WANTED_STACK : rl.rlim_max;
    struct rlimit want = {raised, rl.rlim_max};
    if (setrlimit(RLIMIT_STACK, &want) == 0) rl.rlim_cur = raised;
  }
  return rl.rlim_cur == RLIM_INFINITY || rl.rlim_cur > WANTED_STACK ? (size_t)WANTED_STACK : (size_t)rl.rlim_cur;
}

void tsn_stack_guard_init(char *base) {
  size_t usable = usable_stack();
  /* The environment and argument strings above main's frame count against the limit too. */
  size_t margin = RESERVED_STACK + (64u << 10);
  tsn_stack_limit = usable > 2 * margin ? base - (usable - margin) : base - usable / 2;
}

/* The error is created in the RESERVED_STACK below the limit, where no guarded code runs. */
_Noreturn void tsn_stack_overflow(void) {
  tsn_call_depth -= 50; /* headroom for creating and throwing the error */
  tsn_throw_range_error("Maximum call stack size exceeded");
}
