/*
 * lib_console.c — the global `console` of Node 24 (lib/internal/console/constructor.js) as it
 * behaves when stdout and stderr are pipes or files: log/info/debug/dirxml write util.format(...args)
 * plus "\n" to stdout, warn/error/trace/assert to stderr, dir inspects one value, group/groupEnd
 * indent every line by two spaces per level, table draws console_table.c's box table,
 * count/countReset keep per-label counters, and time/timeLog/timeEnd print elapsed wall-clock
 * time (the one non-deterministic output).
 * Warnings Node emits through process.emitWarning (unknown count/time labels) are not printed.
 */
#include <math.h>
#include <time.h>

#include "alloc.h"
#include "atoms.h"
#include "console_table.h"
#include "conv.h"
#include "exception.h"
#include "inspect.h"
#include "lib_support.h"
#include "mapset.h"
#include "numconv.h"
#include "output.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target

static tsn_value group_indent; /* kGroupIndentationString */
static tsn_mapset *counts;     /* label -> count */
static tsn_mapset *timers;     /* label -> start time in ms */

/* kWriteToConsole: group indentation before every line, then "\n". */
static void write_console(bool to_stdout, tsn_value text) {
  uint32_t indent = tsn_str_length(group_indent);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_string(&b, group_indent);
  const uint16_t *u = tsn_str_chars(text);
  for (uint32_t i = 0, n = tsn_str_length(text); i < n; i++) {
    tsn_strbuf_push_unit(&b, u[i]);
    if (u[i] == '\n' && indent) tsn_strbuf_push_string(&b, group_indent);
  }
  tsn_strbuf_push_unit(&b, '\n');
  tsn_value line = tsn_strbuf_finish(&b);
  if (to_stdout) tsn_write_stdout(line);
  else tsn_write_stderr(line);
}

static tsn_value console_log(ARGS) {
  write_console(true, tsn_format(argc, argv));
  return TSN_UNDEFINED;
}

static tsn_value console_error(ARGS) {
  write_console(false, tsn_format(argc, argv));
  return TSN_UNDEFINED;
}

/* console.trace(...args): "Trace: <format(args)>" and a stack frame line, on stderr. */
static tsn_value console_trace(ARGS) {
  tsn_value message = tsn_format(argc, argv);
  tsn_value head = tsn_str_length(message) ? tsn_str_concat(tsn_str_from_ascii("Trace: "), message) : tsn_str_from_ascii("Trace");
  write_console(false, tsn_str_concat(head, tsn_str_from_ascii("\n    at <anonymous>")));
  return TSN_UNDEFINED;
}

/* console.assert(expression, ...args): on a falsy expression, warn("Assertion failed[: ...]", ...). */
static tsn_value console_assert(ARGS) {
  if (tsn_to_boolean(tsn_arg(argc, argv, 0))) return TSN_UNDEFINED;
  int n = argc > 1 ? argc - 1 : 0;
  tsn_value *args = tsn_alloc(((size_t)n + 1) * sizeof(tsn_value));
  tsn_value failed = tsn_str_from_ascii("Assertion failed");
  int count;
  if (n > 0 && tsn_is_string(argv[1])) {
    memcpy(args, argv + 1, (size_t)n * sizeof(tsn_value));
    args[0] = tsn_str_concat(tsn_str_from_ascii("Assertion failed: "), argv[1]);
    count = n;
  } else {
    args[0] = failed;
    if (n) memcpy(args + 1, argv + 1, (size_t)n * sizeof(tsn_value));
    count = n + 1;
  }
  write_console(false, tsn_format(count, args));
  return TSN_UNDEFINED;
}

/* A numeric inspect option from console.dir's options object: null means Infinity. */
static void read_number_option(tsn_value options, const char *name, double *out) {
  tsn_value v = tsn_get(options, tsn_str_intern_ascii(name));
  if (tsn_is_number(v)) *out = tsn_as_double(v);
  else if (tsn_is_null(v)) *out = INFINITY;
}

/* console.dir(object, options): util.inspect with the options depth, showHidden, breakLength,
 * compact (numbers), maxArrayLength and maxStringLength. */
static tsn_value console_dir(ARGS) {
  tsn_inspect_options o;
  tsn_inspect_default_options(&o);
  tsn_value options = tsn_arg(argc, argv, 1);
  if (tsn_is_object(options)) {
    double compact = o.compact;
    read_number_option(options, "depth", &o.depth);
    read_number_option(options, "breakLength", &o.break_length);
    read_number_option(options, "compact", &compact);
    read_number_option(options, "maxArrayLength", &o.max_array_length);
    read_number_option(options, "maxStringLength", &o.max_string_length);
    o.compact = (int)compact;
    tsn_value hidden = tsn_get(options, tsn_str_intern_ascii("showHidden"));
    if (!tsn_is_undefined(hidden)) o.show_hidden = tsn_to_boolean(hidden);
  }
  write_console(true, tsn_inspect(tsn_arg(argc, argv, 0), &o));
  return TSN_UNDEFINED;
}

/* console.table(data, properties): the table, or data logged as console.log would. */
static tsn_value console_table(ARGS) {
  tsn_value text = tsn_console_table(tsn_arg(argc, argv, 0), tsn_arg(argc, argv, 1));
  if (text == TSN_EMPTY) return console_log(callee, this_value, argc > 1 ? 1 : argc, argv, new_target);
  return console_log(callee, this_value, 1, &text, new_target);
}

static tsn_value console_group(ARGS) {
  if (argc > 0) console_log(callee, this_value, argc, argv, new_target);
  group_indent = tsn_str_concat(group_indent, tsn_str_from_ascii("  "));
  return TSN_UNDEFINED;
}

static tsn_value console_group_end(ARGS) {
  uint32_t n = tsn_str_length(group_indent);
  group_indent = tsn_str_substring(group_indent, 0, n >= 2 ? n - 2 : 0);
  return TSN_UNDEFINED;
}

/* `${label}` with the default "default" for undefined. */
static tsn_value label_of(int argc, const tsn_value *argv) {
  tsn_value label = tsn_arg(argc, argv, 0);
  return tsn_is_undefined(label) ? tsn_str_from_ascii("default") : tsn_to_string(label);
}

static tsn_value console_count(ARGS) {
  tsn_value label = label_of(argc, argv);
  tsn_value *slot = tsn_mapset_find(counts, label);
  double count = slot ? tsn_as_double(*slot) + 1 : 1;
  tsn_mapset_put(counts, label, tsn_from_double(count));
  write_console(true, tsn_str_concat(tsn_str_concat(label, tsn_str_from_ascii(": ")), tsn_to_string(tsn_from_double(count))));
  return TSN_UNDEFINED;
}

static tsn_value console_count_reset(ARGS) {
  tsn_mapset_remove(counts, label_of(argc, argv));
  return TSN_UNDEFINED;
}

static double now_ms(void) {
  struct timespec ts;
  clock_gettime(CLOCK_MONOTONIC, &ts);
  return (double)ts.tv_sec * 1e3 + (double)ts.tv_nsec / 1e6;
}

static tsn_value console_time(ARGS) {
  tsn_value label = label_of(argc, argv);
  if (!tsn_mapset_find(timers, label)) tsn_mapset_put(timers, label, tsn_from_double(now_ms()));
  return TSN_UNDEFINED;
}

/* Node's formatTime below a minute: Number(ms.toFixed(3)) + "ms" under a second, else
 * seconds.toFixed(3) + "s"; printed as "label: time" followed by any extra timeLog arguments. */
static void print_elapsed(tsn_value label, double start, int argc, const tsn_value *argv) {
  double ms = now_ms() - start;
  char buf[TSN_NUMCONV_BUFSIZE];
  const char *unit = "ms";
  double amount = ms;
  if (ms >= 1000) { amount = ms / 1000; unit = "s"; }
  int n = tsn_number_to_fixed(amount, 3, buf);
  tsn_value fixed = tsn_str_from_latin1(buf, (size_t)n);
  tsn_value digits = ms >= 1000 ? fixed : tsn_to_string(tsn_from_double(tsn_to_number(fixed)));
  tsn_value text = tsn_str_concat(tsn_str_concat(label, tsn_str_from_ascii(": ")), tsn_str_concat(digits, tsn_str_from_ascii(unit)));
  tsn_value *all = tsn_alloc(((size_t)argc + 1) * sizeof(tsn_value));
  all[0] = text;
  for (int i = 1; i < argc; i++) all[i] = argv[i];
  write_console(true, tsn_format(argc > 1 ? argc : 1, all));
}

static tsn_value console_time_log(ARGS) {
  tsn_value label = label_of(argc, argv);
  tsn_value *slot = tsn_mapset_find(timers, label);
  if (slot) print_elapsed(label, tsn_as_double(*slot), argc, argv);
  return TSN_UNDEFINED;
}

static tsn_value console_time_end(ARGS) {
  tsn_value label = label_of(argc, argv);
  tsn_value *slot = tsn_mapset_find(timers, label);
  if (slot) {
    print_elapsed(label, tsn_as_double(*slot), 1, argv);
    tsn_mapset_remove(timers, label);
  }
  return TSN_UNDEFINED;
}

static void define_method(tsn_object *console, const char *name, tsn_code code) {
  tsn_define_own(console, tsn_str_intern_ascii(name), tsn_builtin_new(code, name, 0), TSN_ATTR_DEFAULT);
}

void tsn_lib_console_init(void) {
  group_indent = tsn_atom.empty;
  counts = tsn_mapset_new();
  timers = tsn_mapset_new();
  tsn_object *console = tsn_object_new(tsn_intrinsics.object_prototype);
  define_method(console, "log", console_log);
  define_method(console, "info", console_log);
  define_method(console, "debug", console_log);
  define_method(console, "warn", console_error);
  define_method(console, "error", console_error);
  define_method(console, "dir", console_dir);
  define_method(console, "time", console_time);
  define_method(console, "timeEnd", console_time_end);
  define_method(console, "timeLog", console_time_log);
  define_method(console, "trace", console_trace);
  define_method(console, "assert", console_assert);
  define_method(console, "count", console_count);
  define_method(console, "countReset", console_count_reset);
  define_method(console, "group", console_group);
  define_method(console, "groupEnd", console_group_end);
  define_method(console, "table", console_table);
  define_method(console, "dirxml", console_log);
  define_method(console, "groupCollapsed", console_group);
  tsn_lib_define_to_string_tag(console, "console");
  tsn_lib_define_value(tsn_intrinsics.global, "console", tsn_from_cell(console), TSN_ATTR_HIDDEN);
}
