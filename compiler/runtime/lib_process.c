/*
 * lib_process.c — the parts of Node's `process` object that programs use: argv, env, exit,
 * exitCode (validated as Node validates it), stdout/stderr.write and platform.
 * process.argv is [executable, executable, ...args] (Node gives [node binary, script path, ...args]).
 */
#include <limits.h>
#include <math.h>
#include <stdlib.h>

#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "job_queue.h"
#include "lib_support.h"
#include "node_errors.h"
#include "process_events.h"
#include "ops.h"
#include "output.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

extern char **environ;

/* The value last stored in process.exitCode (undefined until set). */
static tsn_value exit_code_value = TSN_UNDEFINED;

/* Node's validateInteger for exit codes: undefined/null pass (NULL result), integer numbers and
 * integer strings are accepted; *code receives the value. */
static bool validate_exit_code(tsn_value v, int *code) {
  if (tsn_is_nullish(v)) return false;
  if (tsn_is_string(v) && tsn_str_length(v) > 0) {
    double d = tsn_to_number(v);
    if (isfinite(d) && trunc(d) == d) { *code = (int)(int64_t)d; return true; }
  }
  if (!tsn_is_number(v)) {
    tsn_value msg = tsn_str_concat(tsn_str_intern_ascii("The \"code\" argument must be of type number. "), tsn_node_received_text(v));
    tsn_throw_node_error(tsn_intrinsics.type_error_prototype, "ERR_INVALID_ARG_TYPE", msg);
  }
  double d = tsn_as_double(v);
  if (!isfinite(d) || trunc(d) != d) {
    tsn_value msg = tsn_str_concat(tsn_str_intern_ascii("The value of \"code\" is out of range. It must be an integer. Received "),
                                   tsn_to_string(v));
    tsn_throw_node_error(tsn_intrinsics.range_error_prototype, "ERR_OUT_OF_RANGE", msg);
  }
  *code = (int)(int64_t)fmod(d, 4294967296.0);
  return true;
}

static tsn_value get_exitCode(ARGS) { return exit_code_value; }

static tsn_value set_exitCode(ARGS) {
  int code = 0;
  bool has = validate_exit_code(ARG(0), &code);
  exit_code_value = has ? ARG(0) : TSN_UNDEFINED;
  tsn_process_exit_code = code;
  return TSN_UNDEFINED;
}

/* process.exit([code]): `code` becomes process.exitCode, then 'exit' is emitted and the process ends. */
static tsn_value process_exit(ARGS) {
  if (!tsn_is_undefined(ARG(0))) set_exitCode(callee, this_value, argc, argv, new_target);
  tsn_process_exit();
}

/* stream.write(chunk): strings only (Buffers do not exist here); returns true. */
static tsn_value stream_write(ARGS) {
  tsn_value chunk = ARG(0);
  if (!tsn_is_string(chunk)) {
    tsn_value msg = tsn_str_concat(
        tsn_str_intern_ascii("The \"chunk\" argument must be of type string or an instance of Buffer, TypedArray, or DataView. "),
        tsn_node_received_text(chunk));
    tsn_throw_node_error(tsn_intrinsics.type_error_prototype, "ERR_INVALID_ARG_TYPE", msg);
  }
  if (((tsn_function *)callee->internal)->data) tsn_write_stderr(chunk);
  else tsn_write_stdout(chunk);
  return TSN_TRUE;
}

/* process.nextTick(callback, ...args) (lib/internal/process/task_queues.js). */
static tsn_value process_next_tick(ARGS) {
  tsn_value callback = ARG(0);
  if (!tsn_is_callable(callback)) tsn_throw_invalid_arg_type("callback", "function", callback);
  tsn_value args = TSN_UNDEFINED;
  if (argc > 1) {
    args = tsn_new_array(0);
    for (int i = 1; i < argc; i++) tsn_array_push(args, argv[i]);
  }
  tsn_enqueue_tick(callback, args);
  return TSN_UNDEFINED;
}

static tsn_value make_stream(int fd) {
  tsn_object *s = tsn_as_object(tsn_new_object());
  tsn_value w = tsn_builtin_new(stream_write, "write", 1);
  tsn_as_function(w)->data = fd == 2 ? (void *)s : NULL;
  tsn_define_own(s, tsn_str_intern_ascii("write"), w, TSN_ATTR_DEFAULT);
  tsn_define_own(s, tsn_str_intern_ascii("fd"), tsn_from_double(fd), TSN_ATTR_DEFAULT);
  return tsn_from_cell(s);
}

static tsn_value executable_path(const char *fallback) {
  char buf[PATH_MAX];
  char *p = realpath("/proc/self/exe", buf);
  const char *path = p ? p : fallback;
  return tsn_str_from_utf8(path, strlen(path));
}

void tsn_lib_process_init(int argc, char **argv) {
  tsn_object *p = tsn_as_object(tsn_new_object());
  tsn_value exe = executable_path(argc > 0 ? argv[0] : "");
  /* Node: [node binary, script path, ...user args]; the executable stands for both. */
  tsn_value argv_array = tsn_new_array(0);
  tsn_array_push(argv_array, exe);
  tsn_array_push(argv_array, exe);
  for (int i = 1; i < argc; i++) tsn_array_push(argv_array, tsn_str_from_utf8(argv[i], strlen(argv[i])));
  tsn_define_own(p, tsn_str_intern_ascii("platform"), tsn_str_intern_ascii("linux"), TSN_ATTR_DEFAULT);
  tsn_lib_define_value(p, "exit", tsn_builtin_new(process_exit, "exit", 1), TSN_ATTR_DEFAULT);
  tsn_lib_define_value(p, "nextTick", tsn_builtin_new(process_next_tick, "nextTick", 1), TSN_ATTR_DEFAULT);
  tsn_process_events_init(p);
  tsn_define_accessor(p, tsn_str_intern_ascii("exitCode"), tsn_builtin_new(get_exitCode, "get", 0),
                      tsn_builtin_new(set_exitCode, "set", 1), TSN_ATTR_ENUMERABLE);
  tsn_define_own(p, tsn_str_intern_ascii("stdout"), make_stream(1), TSN_ATTR_DEFAULT);
  tsn_define_own(p, tsn_str_intern_ascii("stderr"), make_stream(2), TSN_ATTR_DEFAULT);
  tsn_object *env = tsn_as_object(tsn_new_object());
  for (char **e = environ; *e; e++) {
    const char *eq = strchr(*e, '=');
    if (!eq || eq == *e) continue;
    tsn_value key = tsn_str_intern(tsn_str_from_utf8(*e, (size_t)(eq - *e)));
    if (!tsn_has_own_property(env, key)) tsn_define_own(env, key, tsn_str_from_utf8(eq + 1, strlen(eq + 1)), TSN_ATTR_DEFAULT);
  }
  tsn_define_own(p, tsn_str_intern_ascii("env"), tsn_from_cell(env), TSN_ATTR_DEFAULT);
  tsn_define_own(p, tsn_str_intern_ascii("argv"), argv_array, TSN_ATTR_DEFAULT);
  tsn_lib_define_value(tsn_intrinsics.global, "process", tsn_from_cell(p), TSN_ATTR_HIDDEN);
}
