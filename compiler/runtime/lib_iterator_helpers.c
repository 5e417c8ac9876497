/*
 * lib_iterator_helpers.c — the ES2025 iterator helpers (ECMA-262 27.1.2.1 Iterator.from with
 * %WrapForValidIteratorPrototype%, 27.1.4 Iterator.prototype.map/filter/take/drop/flatMap/reduce/
 * toArray/forEach/some/every/find) and %IteratorHelperPrototype% (27.1.2.1: next, return,
 * Symbol.toStringTag "Iterator Helper"), with V8's messages.
 *
 * The lazy helpers are generator objects of brand "Iterator Helper" (generator.h) whose resume
 * function is the spec's abstract closure written as a C state machine. The underlying iterator
 * (and flatMap's inner one) sits on the open-iterator stack while the helper runs, so an exception
 * from a callback closes it (IfAbruptCloseIterator) through the runtime's ordinary throw unwinding;
 * an exception from the iterator's own next() leaves it unclosed, as the spec says.
 */
#include <math.h>

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "generator.h"
#include "lib_support.h"
#include "realm.h"
#include "str.h"

#define ARGS tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target
#define ARG(i) tsn_arg(argc, argv, i)

typedef enum helper_kind { HELPER_MAP, HELPER_FILTER, HELPER_TAKE, HELPER_DROP, HELPER_FLAT_MAP } helper_kind;

/* The state of one lazy helper's closure. */
typedef struct helper_frame {
  uint8_t kind;       /* helper_kind */
  bool started;       /* the closure has run: `iterated` is on the open-iterator stack while it runs */
  bool inner_alive;   /* flatMap: `inner` is being iterated */
  tsn_iter iterated;  /* the underlying iterator (GetIteratorDirect) */
  tsn_iter inner;     /* flatMap: the iterator of the current mapped value */
  tsn_value fn;       /* mapper / predicate */
  double counter;     /* index passed to the callback */
  double remaining;   /* take: items left; drop: items still to skip (may be +Infinity) */
} helper_frame;

static const char *utf8(tsn_value s) {
  size_t n;
  return tsn_str_to_utf8(s, &n);
}

/* Steps 1-2 of every helper: `this` must be an object (V8: "Iterator.prototype.map called on non-object").
 * Returns the record { O, undefined } on the open-iterator stack, so that a failing argument check
 * closes O (IteratorClose with a throw completion) through the throw's unwinding. */
static void begin(tsn_iter *iterated, tsn_value this_value, const char *method) {
  if (!tsn_is_object(this_value)) tsn_throw_type_error("Iterator.prototype.%s called on non-object", method);
  tsn_iter_init_direct(iterated, this_value, TSN_UNDEFINED);
  tsn_iter_track(iterated);
}

/* The last step of argument validation: off the open-iterator stack, then GetIteratorDirect (reads
 * `next`; an exception there does not close the iterator). */
static void get_iterator_direct(tsn_iter *iterated) {
  tsn_iter_untrack(iterated);
  tsn_iter_init_direct(iterated, iterated->target, tsn_get(iterated->target, tsn_atom.next));
}

/* take/drop's limit: ToNumber, then NaN or negative is V8's RangeError "<limit> must be positive". */
static double to_limit(tsn_value limit) {
  double n = tsn_to_number(limit);
  if (n != n || tsn_to_integer_or_infinity(tsn_from_double(n)) < 0)
    tsn_throw_range_error("%s must be positive", utf8(tsn_lib_receiver_text(limit)));
  return tsn_to_integer_or_infinity(tsn_from_double(n));
}

/* GetIteratorFlattenable (7.4.4) for flatMap (reject-primitives) and Iterator.from
 * (iterate-string-primitives); the record is not on the open-iterator stack. */
static void get_iterator_flattenable(tsn_iter *out, tsn_value obj, bool iterate_strings, const char *method) {
  if (!tsn_is_object(obj) && !(iterate_strings && tsn_is_string(obj))) tsn_throw_type_error("%s called on non-object", method);
  tsn_value method_value = tsn_get(obj, tsn_intrinsics.symbol_iterator);
  tsn_value iterator = obj;
  if (!tsn_is_nullish(method_value)) {
    if (!tsn_is_callable(method_value))
      tsn_throw_type_error("'%s' returned for property '%s' of object '%s' is not a function", utf8(tsn_lib_receiver_text(method_value)),
                           tsn_key_text(tsn_intrinsics.symbol_iterator), utf8(tsn_lib_receiver_text(obj)));
    iterator = tsn_call(method_value, obj, 0, NULL, NULL);
  }
  if (!tsn_is_object(iterator)) tsn_throw_type_error("%s is not iterable", utf8(tsn_lib_receiver_text(obj)));
  tsn_iter_init_direct(out, iterator, tsn_get(iterator, tsn_atom.next));
}

static tsn_value call2(tsn_value fn, tsn_value a, double counter) {
  tsn_value args[2] = {a, tsn_from_double(counter)};
  return tsn_call(fn, TSN_UNDEFINED, 2, args, NULL);
}

/* The closures of 27.1.4.5 filter, .6 flatMap, .8 map, .10 take and .3 drop, resumed by next()
 * (mode NEXT) or by return() after the first next() (mode RETURN: close the iterators, finish). */
static tsn_value helper_resume(void *frame_ptr, tsn_resume_mode mode, tsn_value sent, tsn_body_exit *how) {
  helper_frame *h = frame_ptr;
  *how = TSN_BODY_YIELD;
  if (mode == TSN_RESUME_RETURN) {
    *how = TSN_BODY_RETURN;
    if (h->inner_alive) {
      h->inner_alive = false;
      tsn_iter_close(&h->inner); /* if this throws, the unwinding closes `iterated` (IfAbruptCloseIterator) */
    }
    tsn_iter_close(&h->iterated);
    return TSN_UNDEFINED;
  }
  if (!h->started) {
    h->started = true;
    tsn_iter_track(&h->iterated);
  }
  tsn_value v;
  switch ((helper_kind)h->kind) {
    case HELPER_MAP:
      if (!tsn_iter_step(&h->iterated, &v)) break;
      return call2(h->fn, v, h->counter++);
    case HELPER_FILTER:
      while (tsn_iter_step(&h->iterated, &v))
        if (tsn_to_boolean(call2(h->fn, v, h->counter++))) return v;
      break;
    case HELPER_TAKE:
      if (h->remaining == 0) {
        tsn_iter_close(&h->iterated);
        break;
      }
      if (h->remaining != INFINITY) h->remaining--;
      if (tsn_iter_step(&h->iterated, &v)) return v;
      break;
    case HELPER_DROP:
      while (h->remaining > 0) {
        if (h->remaining != INFINITY) h->remaining--;
        if (!tsn_iter_step(&h->iterated, &v)) goto finished;
      }
      if (tsn_iter_step(&h->iterated, &v)) return v;
      break;
    case HELPER_FLAT_MAP:
      for (;;) {
        if (h->inner_alive) {
          if (tsn_iter_step(&h->inner, &v)) return v;
          h->inner_alive = false;
        }
        if (!tsn_iter_step(&h->iterated, &v)) break;
        tsn_value mapped = call2(h->fn, v, h->counter++);
        get_iterator_flattenable(&h->inner, mapped, false, "Iterator.prototype.flatMap");
        tsn_iter_track(&h->inner);
        h->inner_alive = true;
      }
      break;
  }
finished:
  *how = TSN_BODY_RETURN;
  return TSN_UNDEFINED;
}

/* The common start of the lazy helpers: validation, then a helper object over GetIteratorDirect(this). */
static tsn_value lazy_helper(tsn_value this_value, const char *method, helper_kind kind, tsn_value arg) {
  helper_frame *h = tsn_alloc(sizeof(helper_frame));
  h->kind = (uint8_t)kind;
  begin(&h->iterated, this_value, method);
  if (kind == HELPER_TAKE || kind == HELPER_DROP) h->remaining = to_limit(arg);
  else {
    /* V8 names the method, not the value, for flatMap: "Iterator.prototype.flatMap is not a function" */
    if (kind == HELPER_FLAT_MAP && !tsn_is_callable(arg)) tsn_throw_type_error("Iterator.prototype.%s is not a function", method);
    tsn_lib_require_callable(arg);
    h->fn = arg;
  }
  get_iterator_direct(&h->iterated);
  return tsn_generator_create_branded(tsn_intrinsics.iterator_helper_prototype, TSN_BRAND_ITERATOR_HELPER, helper_resume, h);
}

static tsn_value proto_map(ARGS) { return lazy_helper(this_value, "map", HELPER_MAP, ARG(0)); }
static tsn_value proto_filter(ARGS) { return lazy_helper(this_value, "filter", HELPER_FILTER, ARG(0)); }
static tsn_value proto_take(ARGS) { return lazy_helper(this_value, "take", HELPER_TAKE, ARG(0)); }
static tsn_value proto_drop(ARGS) { return lazy_helper(this_value, "drop", HELPER_DROP, ARG(0)); }
static tsn_value proto_flat_map(ARGS) { return lazy_helper(this_value, "flatMap", HELPER_FLAT_MAP, ARG(0)); }

/* The eager methods: `iterated` stays on the open-iterator stack while the callbacks run. */
static void begin_eager(tsn_iter *iterated, tsn_value this_value, const char *method, tsn_value fn) {
  begin(iterated, this_value, method);
  if (fn != TSN_EMPTY) tsn_lib_require_callable(fn);
  get_iterator_direct(iterated);
  tsn_iter_track(iterated);
}

/* 27.1.4.7 Iterator.prototype.reduce(reducer [, initialValue]) */
static tsn_value proto_reduce(ARGS) {
  tsn_iter it;
  begin_eager(&it, this_value, "reduce", ARG(0));
  tsn_value acc, v;
  double counter = 0;
  if (argc < 2) {
    if (!tsn_iter_step(&it, &acc)) tsn_throw_type_error("Reduce of a done iterator with no initial value");
    counter = 1;
  } else {
    acc = argv[1];
  }
  while (tsn_iter_step(&it, &v)) {
    tsn_value args[3] = {acc, v, tsn_from_double(counter++)};
    acc = tsn_call(argv[0], TSN_UNDEFINED, 3, args, NULL);
  }
  return acc;
}

/* 27.1.4.11 Iterator.prototype.toArray() */
static tsn_value proto_to_array(ARGS) {
  tsn_iter it;
  begin_eager(&it, this_value, "toArray", TSN_EMPTY);
  tsn_value out = tsn_new_array(0), v;
  while (tsn_iter_step(&it, &v)) tsn_array_push(out, v);
  return out;
}

/* 27.1.4.4 Iterator.prototype.forEach(procedure) */
static tsn_value proto_for_each(ARGS) {
  tsn_iter it;
  begin_eager(&it, this_value, "forEach", ARG(0));
  tsn_value v;
  double counter = 0;
  while (tsn_iter_step(&it, &v)) call2(argv[0], v, counter++);
  return TSN_UNDEFINED;
}

typedef enum search_kind { SEARCH_SOME, SEARCH_EVERY, SEARCH_FIND } search_kind;

/* 27.1.4.9 some, 27.1.4.2 every, 27.1.4.3 find: stop (closing the iterator) at the deciding item. */
static tsn_value search(tsn_value this_value, int argc, const tsn_value *argv, const char *method, search_kind kind) {
  tsn_iter it;
  begin_eager(&it, this_value, method, ARG(0));
  tsn_value v;
  double counter = 0;
  while (tsn_iter_step(&it, &v)) {
    bool hit = tsn_to_boolean(call2(argv[0], v, counter++));
    if (hit != (kind == SEARCH_EVERY)) {
      tsn_iter_close(&it);
      return kind == SEARCH_FIND ? v : tsn_from_bool(kind == SEARCH_SOME);
    }
  }
  return kind == SEARCH_FIND ? TSN_UNDEFINED : tsn_from_bool(kind == SEARCH_EVERY);
}

static tsn_value proto_some(ARGS) { return search(this_value, argc, argv, "some", SEARCH_SOME); }
static tsn_value proto_every(ARGS) { return search(this_value, argc, argv, "every", SEARCH_EVERY); }
static tsn_value proto_find(ARGS) { return search(this_value, argc, argv, "find", SEARCH_FIND); }

/* %IteratorHelperPrototype%.next() (27.1.2.1.1) */
static tsn_value helper_next(ARGS) {
  tsn_generator *g = tsn_generator_of(this_value, TSN_BRAND_ITERATOR_HELPER);
  if (!g) tsn_lib_throw_incompatible("Iterator Helper.prototype.next", this_value);
  return tsn_generator_resume(g, TSN_UNDEFINED);
}

/* %IteratorHelperPrototype%.return() (27.1.2.1.2): before the first next() it closes the underlying
 * iterator without running the closure. */
static tsn_value helper_return(ARGS) {
  tsn_generator *g = tsn_generator_of(this_value, TSN_BRAND_ITERATOR_HELPER);
  if (!g) tsn_lib_throw_incompatible("Iterator Helper.prototype.return", this_value);
  if (g->state == TSN_GEN_SUSPENDED_START) {
    helper_frame *h = g->frame;
    g->state = TSN_GEN_COMPLETED;
    g->frame = NULL;
    tsn_iter_close(&h->iterated);
    return tsn_iter_result(TSN_UNDEFINED, true);
  }
  return tsn_generator_resume_abrupt(g, TSN_RESUME_RETURN, TSN_UNDEFINED);
}

/* 27.1.3.2.1 Iterator.from(O): O itself when it already inherits from Iterator.prototype, else a wrapper. */
static tsn_value iterator_from(ARGS) {
  tsn_iter *record = tsn_alloc(sizeof(tsn_iter));
  get_iterator_flattenable(record, ARG(0), true, "Iterator.from");
  for (tsn_object *p = tsn_as_object(record->target)->proto; p; p = p->proto)
    if (p == tsn_intrinsics.iterator_prototype) return record->target;
  tsn_object *wrapper = tsn_object_new_class(tsn_intrinsics.wrap_for_valid_iterator_prototype, TSN_CLASS_WRAPPED_ITERATOR);
  wrapper->internal = record;
  return tsn_from_cell(wrapper);
}

static tsn_iter *this_wrapped(tsn_value this_value, const char *method) {
  if (!tsn_is_object(this_value) || tsn_as_cell(this_value)->class_id != TSN_CLASS_WRAPPED_ITERATOR)
    tsn_lib_throw_incompatible(method, this_value);
  return tsn_as_object(this_value)->internal;
}

/* %WrapForValidIteratorPrototype%.next() (27.1.3.2.1.1.1): the underlying next()'s result as is. */
static tsn_value wrapped_next(ARGS) {
  tsn_iter *record = this_wrapped(this_value, "%WrapForValidIteratorPrototype%.next");
  return tsn_call(record->next, record->target, 0, NULL, NULL);
}

/* %WrapForValidIteratorPrototype%.return() (27.1.3.2.1.1.2) */
static tsn_value wrapped_return(ARGS) {
  tsn_iter *record = this_wrapped(this_value, "%WrapForValidIteratorPrototype%.return");
  tsn_value method = tsn_get(record->target, tsn_atom.return_);
  if (tsn_is_nullish(method)) return tsn_iter_result(TSN_UNDEFINED, true);
  return tsn_call(method, record->target, 0, NULL, NULL);
}

void tsn_lib_iterator_helpers_init(void) {
  tsn_object *ip = tsn_intrinsics.iterator_prototype;
  tsn_define_builtin(ip, "reduce", proto_reduce, 1);
  tsn_define_builtin(ip, "toArray", proto_to_array, 0);
  tsn_define_builtin(ip, "forEach", proto_for_each, 1);
  tsn_define_builtin(ip, "some", proto_some, 1);
  tsn_define_builtin(ip, "every", proto_every, 1);
  tsn_define_builtin(ip, "find", proto_find, 1);
  tsn_define_builtin(ip, "map", proto_map, 1);
  tsn_define_builtin(ip, "filter", proto_filter, 1);
  tsn_define_builtin(ip, "take", proto_take, 1);
  tsn_define_builtin(ip, "drop", proto_drop, 1);
  tsn_define_builtin(ip, "flatMap", proto_flat_map, 1);
  tsn_define_builtin(tsn_as_object(tsn_global_get(tsn_str_intern_ascii("Iterator"))), "from", iterator_from, 1);
  tsn_object *hp = tsn_intrinsics.iterator_helper_prototype;
  tsn_define_builtin(hp, "next", helper_next, 0);
  tsn_define_builtin(hp, "return", helper_return, 0);
  tsn_lib_define_to_string_tag(hp, "Iterator Helper");
  tsn_define_builtin(tsn_intrinsics.wrap_for_valid_iterator_prototype, "next", wrapped_next, 0);
  tsn_define_builtin(tsn_intrinsics.wrap_for_valid_iterator_prototype, "return", wrapped_return, 0);
}
