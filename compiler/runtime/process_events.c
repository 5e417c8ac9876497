/*
 * process_events.c — the process object's events and the process lifecycle (process_events.h).
 */
#include "process_events.h"

#include "alloc.h"
#include "conv.h"
#include "exception.h"
#include "lib_support.h"
#include "node_errors.h"
#include "output.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define BUILTIN(name) static tsn_value name(ARGS)

typedef struct listener {
  struct listener *next;
  tsn_value fn;
  bool once;
} listener;

/* One event name (a string or symbol) and its listeners in registration order. */
typedef struct event {
  struct event *next;
  tsn_value name;
  listener *first;
} event;

static event *events; /* a static root: listeners stay alive */
static tsn_value process_object;
static bool exiting;  /* process._exiting: 'exit' was emitted */

static event *find(tsn_value name, bool create) {
  for (event *e = events; e; e = e->next)
    if (e->name == name) return e;
  if (!create) return NULL;
  event *e = tsn_alloc(sizeof *e);
  e->name = name;
  e->next = events;
  events = e;
  return e;
}

static tsn_value event_name(tsn_value v) { return tsn_is_symbol(v) ? v : tsn_str_intern(tsn_to_string(v)); }

static void add(tsn_value name, tsn_value fn, bool once, bool prepend) {
  if (!tsn_is_callable(fn)) tsn_throw_invalid_arg_type("listener", "function", fn);
  event *e = find(event_name(name), true);
  listener *l = tsn_alloc(sizeof *l);
  l->fn = fn;
  l->once = once;
  listener **p = &e->first;
  if (!prepend)
    while (*p) p = &(*p)->next;
  l->next = *p;
  *p = l;
}

static void remove_listener(event *e, listener *target) {
  for (listener **p = &e->first; *p; p = &(*p)->next) {
    if (*p == target) {
      *p = target->next;
      return;
    }
  }
}

static uint32_t count(event *e) {
  uint32_t n = 0;
  for (listener *l = e ? e->first : NULL; l; l = l->next) n++;
  return n;
}

/* EventEmitter.prototype.emit: calls a snapshot of the listeners, each with `this` = process. */
static bool emit(tsn_value name, int argc, const tsn_value *argv) {
  event *e = find(name, false);
  uint32_t n = count(e);
  if (n == 0) return false;
  listener **snapshot = tsn_alloc(n * sizeof *snapshot);
  uint32_t i = 0;
  for (listener *l = e->first; l; l = l->next) snapshot[i++] = l;
  for (i = 0; i < n; i++) {
    if (snapshot[i]->once) remove_listener(e, snapshot[i]);
    tsn_call(snapshot[i]->fn, process_object, argc, argv, NULL);
  }
  return true;
}

bool tsn_process_emit(const char *name, int argc, const tsn_value *argv) {
  return emit(tsn_str_intern_ascii(name), argc, argv);
}

static tsn_value exit_code_value(void) {
  tsn_value code = tsn_get(process_object, tsn_str_intern_ascii("exitCode"));
  return tsn_is_undefined(code) ? tsn_from_double(0) : code;
}

_Noreturn void tsn_process_exit(void) {
  if (!exiting) {
    exiting = true;
    tsn_value code = exit_code_value();
    tsn_process_emit("exit", 1, &code);
  }
  tsn_exit(tsn_process_exit_code);
}

bool tsn_process_emit_before_exit(void) {
  if (exiting) return false;
  tsn_value code = exit_code_value();
  return tsn_process_emit("beforeExit", 1, &code);
}

void tsn_handle_uncaught(tsn_value error, const char *origin) {
  tsn_value args[2] = { error, tsn_str_intern_ascii(origin) };
  if (tsn_process_emit("uncaughtException", 2, args)) return;
  if (!exiting) {
    /* Node sets exitCode 1 and emits 'exit' before the error is printed; a throw there is ignored */
    exiting = true;
    tsn_process_exit_code = 1;
    tsn_value code = tsn_from_double(1);
    tsn_handler h;
    TSN_TRY_PUSH(h);
    if (setjmp(h.jb) == 0) tsn_process_emit("exit", 1, &code);
    TSN_TRY_POP(h);
  }
  tsn_report_uncaught(error);
}

BUILTIN(process_on) {
  add(tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1), false, false);
  return this_value;
}

BUILTIN(process_once) {
  add(tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1), true, false);
  return this_value;
}

BUILTIN(process_prepend_listener) {
  add(tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1), false, true);
  return this_value;
}

/* removeListener(name, fn): the most recently added matching listener, as lib/events.js does. */
BUILTIN(process_off) {
  tsn_value fn = tsn_arg(argc, argv, 1);
  if (!tsn_is_callable(fn)) tsn_throw_invalid_arg_type("listener", "function", fn);
  event *e = find(event_name(tsn_arg(argc, argv, 0)), false);
  listener *last = NULL;
  for (listener *l = e ? e->first : NULL; l; l = l->next)
    if (l->fn == fn) last = l;
  if (last) remove_listener(e, last);
  return this_value;
}

BUILTIN(process_remove_all_listeners) {
  if (argc == 0 || tsn_is_undefined(argv[0])) {
    for (event *e = events; e; e = e->next) e->first = NULL;
  } else {
    event *e = find(event_name(argv[0]), false);
    if (e) e->first = NULL;
  }
  return this_value;
}

BUILTIN(process_emit) {
  return tsn_from_bool(emit(event_name(tsn_arg(argc, argv, 0)), argc > 1 ? argc - 1 : 0, argv + 1));
}

BUILTIN(process_listeners) {
  event *e = find(event_name(tsn_arg(argc, argv, 0)), false);
  tsn_value a = tsn_new_array(0);
  for (listener *l = e ? e->first : NULL; l; l = l->next) tsn_array_push(a, l->fn);
  return a;
}

BUILTIN(process_listener_count) {
  return tsn_from_double(count(find(event_name(tsn_arg(argc, argv, 0)), false)));
}

void tsn_process_events_init(tsn_object *process) {
  process_object = tsn_from_cell(process);
  tsn_define_builtin(process, "on", process_on, 2);
  tsn_define_builtin(process, "addListener", process_on, 2);
  tsn_define_builtin(process, "once", process_once, 2);
  tsn_define_builtin(process, "prependListener", process_prepend_listener, 2);
  tsn_define_builtin(process, "off", process_off, 2);
  tsn_define_builtin(process, "removeListener", process_off, 2);
  tsn_define_builtin(process, "removeAllListeners", process_remove_all_listeners, 1);
  tsn_define_builtin(process, "emit", process_emit, 1);
  tsn_define_builtin(process, "listeners", process_listeners, 1);
  tsn_define_builtin(process, "listenerCount", process_listener_count, 1);
}
