/*
 * process_events.h — `process` as the EventEmitter Node makes it (lib/events.js semantics for the
 * process object: on/once/off/emit/listeners...), and the process lifecycle that emits its events:
 * 'uncaughtException', 'unhandledRejection', 'rejectionHandled', 'beforeExit' and 'exit'
 * (lib/internal/process/execution.js, lib/internal/process/promises.js, src/api/hooks.cc).
 */
#ifndef TSN_PROCESS_EVENTS_H
#define TSN_PROCESS_EVENTS_H

#include "object.h"

/* process.emit(event, ...args) with an ASCII event name: calls the listeners in order (once
 * listeners are removed first); false when there were none. A listener's throw propagates. */
bool tsn_process_emit(const char *event, int argc, const tsn_value *argv);
/* Node's handling of an uncaught exception (`origin` "uncaughtException" or "unhandledRejection"):
 * with 'uncaughtException' listeners they are called and execution goes on; otherwise 'exit' is
 * emitted with code 1, the error is printed as Node prints it and the process exits with 1. */
void tsn_handle_uncaught(tsn_value error, const char *origin);
/* Emits 'beforeExit' with process.exitCode (or 0) when the loop has run dry, unless the process is
 * exiting; returns whether any listener ran (it may have scheduled more work). */
bool tsn_process_emit_before_exit(void);
/* The end of the process (process.exit, or the loop ran dry): emits 'exit' once with the exit code,
 * then exits with process.exitCode. */
_Noreturn void tsn_process_exit(void);
/* Installs on/addListener/once/off/removeListener/removeAllListeners/emit/listeners/listenerCount on
 * the process object. */
void tsn_process_events_init(tsn_object *process);

#endif
