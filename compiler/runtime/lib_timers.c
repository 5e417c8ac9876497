/*
 * lib_timers.c — Node's timers (lib/timers.js, lib/internal/timers.js) on libuv: setTimeout,
 * setInterval, setImmediate, their clear* functions, the Timeout and Immediate objects (ref, unref,
 * hasRef, refresh, close, Symbol.toPrimitive), and queueMicrotask.
 *
 * Each Timeout owns a uv_timer_t; libuv orders timers by due time and then by start order, which is
 * Node's order for timers of equal due time. Immediates form one queue served by a uv_check_t (the
 * check phase); an idle handle keeps the poll phase from blocking while any are queued. As in Node,
 * the immediates queued while the queue runs wait for the next loop iteration, and nextTicks and
 * microtasks are drained after every callback.
 */
#include <math.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "event_loop.h"
#include "exception.h"
#include "job_queue.h"
#include "lib_support.h"
#include "node_errors.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define BUILTIN(name) static tsn_value name(ARGS)

/* Node's TIMEOUT_MAX (2^31 - 1 ms): longer or invalid delays become 1 ms. */
#define TIMEOUT_MAX 2147483647.0

static tsn_object *timeout_prototype, *immediate_prototype;
static double next_timer_id = 1;

typedef struct timer {
  uv_timer_t handle;      /* handle.data = this */
  tsn_value object;       /* the Timeout */
  tsn_value callback, args;
  uint64_t after;         /* ms */
  bool repeat;            /* setInterval */
  bool active;            /* scheduled and not cleared */
  bool referenced;
  bool closing;           /* uv_close requested: the handle memory stays until on_closed */
  double id;
} timer;

static timer *timer_of(tsn_value v) {
  if (!tsn_is_object(v) || tsn_as_object(v)->proto != timeout_prototype || !tsn_as_object(v)->internal) return NULL;
  return tsn_as_object(v)->internal;
}

/* The arguments after the first `skip` as an array, or undefined when there are none. */
static tsn_value rest_args(int argc, const tsn_value *argv, int skip) {
  if (argc <= skip) return TSN_UNDEFINED;
  tsn_value a = tsn_new_array(0);
  for (int i = skip; i < argc; i++) tsn_array_push(a, argv[i]);
  return a;
}

static void require_callback(tsn_value callback) {
  if (!tsn_is_callable(callback)) tsn_throw_invalid_arg_type("callback", "function", callback);
}

/* ---- Timeout ----------------------------------------------------------------------------------- */

static void on_closed(uv_handle_t *h) { (void)h; /* the timer is garbage once libuv has let go */ }

static void stop(timer *t) {
  t->active = false;
  uv_timer_stop(&t->handle);
  if (!t->closing) {
    t->closing = true;
    uv_close((uv_handle_t *)&t->handle, on_closed);
  }
}

static void on_timeout(uv_timer_t *h);

static void schedule(timer *t) {
  uv_timer_start(&t->handle, on_timeout, t->after, 0);
  if (!t->referenced) uv_unref((uv_handle_t *)&t->handle);
}

static void on_timeout(uv_timer_t *h) {
  timer *t = h->data;
  if (!t->repeat) stop(t);
  tsn_loop_callback(t->callback, t->object, t->args);
  if (t->repeat && t->active) schedule(t);
}

/* Node's delay validation: `after *= 1; if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1`; a
 * fractional delay fires on the first whole millisecond at or after it. */
static uint64_t delay_of(tsn_value v) {
  double after = tsn_is_undefined(v) ? 1 : tsn_to_number(v);
  if (!(after >= 1 && after <= TIMEOUT_MAX)) after = 1;
  return (uint64_t)ceil(after);
}

static tsn_value create_timer(int argc, const tsn_value *argv, bool repeat) {
  tsn_value callback = tsn_arg(argc, argv, 0);
  require_callback(callback);
  timer *t = tsn_alloc(sizeof *t);
  uv_timer_init(tsn_loop(), &t->handle);
  t->handle.data = t;
  tsn_object *o = tsn_object_new(timeout_prototype);
  o->internal = t;
  t->object = tsn_from_cell(o);
  t->callback = callback;
  t->args = rest_args(argc, argv, 2);
  t->after = delay_of(tsn_arg(argc, argv, 1));
  t->repeat = repeat;
  t->active = t->referenced = true;
  t->id = next_timer_id++;
  schedule(t);
  return t->object;
}

BUILTIN(set_timeout) { return create_timer(argc, argv, false); }
BUILTIN(set_interval) { return create_timer(argc, argv, true); }

/* Timers whose Symbol.toPrimitive was called can be cleared by their number (Node's knownTimersById). */
static tsn_value known_timers; /* a Map-like plain object keyed by id */

static timer *timer_by_id(tsn_value v) {
  if (!tsn_is_number(v) && !tsn_is_string(v)) return NULL;
  return timer_of(tsn_get(known_timers, tsn_to_property_key(v)));
}

/* clearTimeout(timer) / clearInterval(timer): a Timeout, or a number given by its toPrimitive. */
BUILTIN(clear_timer) {
  tsn_value v = tsn_arg(argc, argv, 0);
  timer *t = timer_of(v);
  if (!t) t = timer_by_id(v);
  if (t && t->active) stop(t);
  return TSN_UNDEFINED;
}

static timer *this_timer(tsn_value this_value, const char *method) {
  timer *t = timer_of(this_value);
  if (!t) tsn_lib_throw_incompatible(method, this_value);
  return t;
}

BUILTIN(timeout_ref) {
  timer *t = this_timer(this_value, "Timeout.prototype.ref");
  t->referenced = true;
  if (!t->closing) uv_ref((uv_handle_t *)&t->handle);
  return this_value;
}

BUILTIN(timeout_unref) {
  timer *t = this_timer(this_value, "Timeout.prototype.unref");
  t->referenced = false;
  if (!t->closing) uv_unref((uv_handle_t *)&t->handle);
  return this_value;
}

BUILTIN(timeout_has_ref) { return tsn_from_bool(this_timer(this_value, "Timeout.prototype.hasRef")->referenced); }

/* refresh(): restarts the countdown from now with the same delay (a finished one-shot timer is not
 * revived, as in Node). */
BUILTIN(timeout_refresh) {
  timer *t = this_timer(this_value, "Timeout.prototype.refresh");
  if (t->active) schedule(t);
  return this_value;
}

BUILTIN(timeout_close) {
  timer *t = this_timer(this_value, "Timeout.prototype.close");
  if (t->active) stop(t);
  return this_value;
}

BUILTIN(timeout_to_primitive) {
  timer *t = this_timer(this_value, "Timeout.prototype[Symbol.toPrimitive]");
  tsn_value id = tsn_from_double(t->id);
  tsn_set(known_timers, tsn_to_property_key(id), this_value);
  return id;
}

/* ---- Immediate --------------------------------------------------------------------------------- */

typedef struct immediate {
  struct immediate *next;
  tsn_value object, callback, args;
  bool cleared;
  bool referenced;
} immediate;

static immediate *immediates_head, *immediates_tail;
static uv_check_t check_handle;
static uv_idle_t idle_handle;
static unsigned referenced_immediates;

static immediate *immediate_of(tsn_value v) {
  if (!tsn_is_object(v) || tsn_as_object(v)->proto != immediate_prototype || !tsn_as_object(v)->internal) return NULL;
  return tsn_as_object(v)->internal;
}

static void on_idle(uv_idle_t *h) { (void)h; }

static void update_handles(void) {
  if (immediates_head) uv_idle_start(&idle_handle, on_idle);
  else uv_idle_stop(&idle_handle);
  if (referenced_immediates) uv_ref((uv_handle_t *)&check_handle);
  else uv_unref((uv_handle_t *)&check_handle);
}

static void unreference(immediate *im) {
  if (im->referenced) {
    im->referenced = false;
    referenced_immediates--;
  }
}

/* The check phase: runs the immediates queued before it began (processImmediate). */
static void on_check(uv_check_t *h) {
  (void)h;
  immediate *im = immediates_head, *last = immediates_tail;
  immediates_head = immediates_tail = NULL;
  while (im) {
    immediate *next = im == last ? NULL : im->next;
    if (!im->cleared) {
      im->cleared = true;
      unreference(im);
      update_handles();
      tsn_loop_callback(im->callback, im->object, im->args);
    }
    im = next;
  }
  update_handles();
}

BUILTIN(set_immediate) {
  tsn_value callback = tsn_arg(argc, argv, 0);
  require_callback(callback);
  immediate *im = tsn_alloc(sizeof *im);
  tsn_object *o = tsn_object_new(immediate_prototype);
  o->internal = im;
  im->object = tsn_from_cell(o);
  im->callback = callback;
  im->args = rest_args(argc, argv, 1);
  im->referenced = true;
  referenced_immediates++;
  if (immediates_tail) immediates_tail->next = im;
  else immediates_head = im;
  immediates_tail = im;
  update_handles();
  return im->object;
}

BUILTIN(clear_immediate) {
  immediate *im = immediate_of(tsn_arg(argc, argv, 0));
  if (im && !im->cleared) {
    im->cleared = true;
    unreference(im);
    update_handles();
  }
  return TSN_UNDEFINED;
}

static immediate *this_immediate(tsn_value this_value, const char *method) {
  immediate *im = immediate_of(this_value);
  if (!im) tsn_lib_throw_incompatible(method, this_value);
  return im;
}

BUILTIN(immediate_ref) {
  immediate *im = this_immediate(this_value, "Immediate.prototype.ref");
  if (!im->referenced && !im->cleared) {
    im->referenced = true;
    referenced_immediates++;
    update_handles();
  }
  return this_value;
}

BUILTIN(immediate_unref) {
  immediate *im = this_immediate(this_value, "Immediate.prototype.unref");
  unreference(im);
  update_handles();
  return this_value;
}

BUILTIN(immediate_has_ref) { return tsn_from_bool(this_immediate(this_value, "Immediate.prototype.hasRef")->referenced); }

/* ---- queueMicrotask ---------------------------------------------------------------------------- */

static void run_queued_microtask(tsn_value callback, tsn_value b, tsn_value c) {
  (void)b;
  (void)c;
  tsn_call(callback, TSN_UNDEFINED, 0, NULL, NULL);
}

BUILTIN(queue_microtask) {
  tsn_value callback = tsn_arg(argc, argv, 0);
  require_callback(callback);
  tsn_enqueue_microtask(run_queued_microtask, callback, TSN_UNDEFINED, TSN_UNDEFINED);
  return TSN_UNDEFINED;
}

/* Timeout and Immediate objects are made by the timer functions only. */
BUILTIN(illegal_constructor) { tsn_throw_type_error("Illegal constructor"); }

/* The prototype of Timeout or Immediate objects, with a `constructor` of that name. */
static tsn_object *class_prototype(const char *name) {
  tsn_object *proto = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_value ctor = tsn_builtin_new(illegal_constructor, name, 0);
  tsn_define_own(proto, tsn_atom.constructor, ctor, TSN_ATTR_HIDDEN);
  tsn_define_own(tsn_as_object(ctor), tsn_atom.prototype, tsn_from_cell(proto), 0);
  return proto;
}

void tsn_lib_timers_init(void) {
  tsn_object *g = tsn_intrinsics.global;
  uv_check_init(tsn_loop(), &check_handle);
  uv_check_start(&check_handle, on_check);
  uv_unref((uv_handle_t *)&check_handle);
  uv_idle_init(tsn_loop(), &idle_handle);
  known_timers = tsn_from_cell(tsn_object_new(NULL));

  timeout_prototype = class_prototype("Timeout");
  tsn_define_builtin(timeout_prototype, "ref", timeout_ref, 0);
  tsn_define_builtin(timeout_prototype, "unref", timeout_unref, 0);
  tsn_define_builtin(timeout_prototype, "hasRef", timeout_has_ref, 0);
  tsn_define_builtin(timeout_prototype, "refresh", timeout_refresh, 0);
  tsn_define_builtin(timeout_prototype, "close", timeout_close, 0);
  tsn_lib_define_symbol_method(timeout_prototype, tsn_intrinsics.symbol_to_primitive, "[Symbol.toPrimitive]", timeout_to_primitive, 0);
  immediate_prototype = class_prototype("Immediate");
  tsn_define_builtin(immediate_prototype, "ref", immediate_ref, 0);
  tsn_define_builtin(immediate_prototype, "unref", immediate_unref, 0);
  tsn_define_builtin(immediate_prototype, "hasRef", immediate_has_ref, 0);

  tsn_define_builtin(g, "setTimeout", set_timeout, 2);
  tsn_define_builtin(g, "setInterval", set_interval, 2);
  tsn_define_builtin(g, "setImmediate", set_immediate, 1);
  tsn_define_builtin(g, "clearTimeout", clear_timer, 1);
  tsn_define_builtin(g, "clearInterval", clear_timer, 1);
  tsn_define_builtin(g, "clearImmediate", clear_immediate, 1);
  tsn_define_builtin(g, "queueMicrotask", queue_microtask, 1);
}
