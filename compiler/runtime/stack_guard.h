/*
 * stack_guard.h — the guard behind V8's RangeError "Maximum call stack size exceeded".
 *
 * Two limits, both checked by every guarded entry:
 * - a budget of TSN_CALL_DEPTH_LIMIT units modelling V8's fixed-size stack: a compiled JS call costs
 *   one unit, a level of a recursive runtime algorithm over user data costs what its V8 frame costs
 *   relative to a small JS frame (TSN_STACK_COST_*), so the depth at which Node throws is matched to
 *   its order of magnitude (JSON.stringify throws near 4,500 levels, join near 3,100, a plain
 *   recursive function near 10,000);
 * - the C stack actually left: below tsn_stack_limit (computed at start-up from RLIMIT_STACK, with
 *   room kept for throwing the error) the guard throws too, so large native frames or a hard
 *   `ulimit -s` give the RangeError instead of a segmentation fault.
 * The budget in use is restored by every catch (tsn_handler records it).
 */
#ifndef TSN_STACK_GUARD_H
#define TSN_STACK_GUARD_H

#include <stdint.h>

extern int tsn_call_depth;    /* budget units in use */
extern char *tsn_stack_limit; /* lowest C stack address guarded code may run at (the stack grows down) */

#define TSN_CALL_DEPTH_LIMIT 10000
/* Units per level of the runtime's recursive algorithms (V8 frame size / a small JS frame's). */
#define TSN_STACK_COST_JSON_STRINGIFY 2
#define TSN_STACK_COST_JSON_REVIVE 5
#define TSN_STACK_COST_JOIN 3
#define TSN_STACK_COST_FLAT 1

/* Records the C stack's base (an address in main's frame) and computes tsn_stack_limit. */
void tsn_stack_guard_init(char *base);
/* Throws RangeError "Maximum call stack size exceeded" (with headroom to create and throw it). */
_Noreturn void tsn_stack_overflow(void);

#define TSN_STACK_EXHAUSTED() ((char *)__builtin_frame_address(0) < tsn_stack_limit)
/* Guard of a compiled function's prologue (one unit) and its epilogue. */
#define TSN_ENTER() do { if (++tsn_call_depth > TSN_CALL_DEPTH_LIMIT || TSN_STACK_EXHAUSTED()) tsn_stack_overflow(); } while (0)
#define TSN_LEAVE() (--tsn_call_depth)
/* Guard of one level of a runtime algorithm that recurses over user data; pair with TSN_LEAVE_COST. */
#define TSN_ENTER_COST(units) do { if ((tsn_call_depth += (units)) > TSN_CALL_DEPTH_LIMIT || TSN_STACK_EXHAUSTED()) tsn_stack_overflow(); } while (0)
#define TSN_LEAVE_COST(units) (tsn_call_depth -= (units))
/* Guard of a call with `argc` arguments: V8 pushes them on its stack (8 bytes each, 12.5 per unit), so
 * a spread or apply of about 125,000 values throws at the top level, fewer in deep recursion. */
#define TSN_CHECK_ARGUMENTS(argc) do { if ((argc) > 64 && tsn_call_depth + (int64_t)(argc) * 2 / 25 > TSN_CALL_DEPTH_LIMIT) tsn_stack_overflow(); } while (0)
/* Only the C stack check, for native recursion that V8 does not bound (e.g. calls into builtins). */
#define TSN_CHECK_STACK() do { if (TSN_STACK_EXHAUSTED()) tsn_stack_overflow(); } while (0)

#endif
