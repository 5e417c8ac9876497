/*
 * iter.c — GetIterator / IteratorStep / IteratorClose (ECMA-262 7.4) with index fast paths for
 * arrays and strings whose iteration behaviour is still the built-in one.
 */
#include "iter.h"

#include "alloc.h"
#include "atoms.h"
#include "conv.h"
#include "exception.h"
#include "function.h"
#include "generator.h"
#include "ops.h"
#include "realm.h"
#include "str.h"
#include "typed_array.h"

enum { ITER_FAST_ARRAY = 1, ITER_FAST_STRING, ITER_FAST_TYPED_ARRAY, ITER_GENERIC };

/* True when iterating `v` (an array or string) with [Symbol.iterator] would produce exactly its
 * elements/code points: the iterator method and the iterator prototype's next are the built-ins. */
static bool iteration_unpatched(tsn_value method, tsn_object *proto, tsn_object *iter_proto) {
  tsn_value builtin = tsn_get(tsn_from_cell(proto), tsn_intrinsics.symbol_iterator);
  if (method != builtin) return false;
  int attrs;
  tsn_value *next = tsn_own_slot(iter_proto, tsn_atom.next, &attrs);
  return !next || ((attrs & TSN_ATTR_ACCESSOR) == 0 && tsn_is_callable(*next) && tsn_as_function(*next)->kind == TSN_FN_BUILTIN);
}

/* V8's messages: the source text when known, else its builtin rendering of the value
 * ("number 5", "boolean true", "symbol", "object", "function", "undefined", "object null"). */
static _Noreturn void throw_not_iterable(tsn_value v, const char *source_text) {
  if (source_text) tsn_throw_type_error("%s is not iterable", source_text);
  const char *suffix = "is not iterable (cannot read property Symbol(Symbol.iterator))";
  if (tsn_is_number(v) || tsn_is_boolean(v) || tsn_is_string(v))
    tsn_throw_type_error("%s %s %s", tsn_key_text(tsn_op_typeof(v)), tsn_key_text(tsn_to_string(v)), suffix);
  if (tsn_is_null(v)) tsn_throw_type_error("object null %s", suffix);
  tsn_throw_type_error("%s %s", tsn_key_text(tsn_op_typeof(v)), suffix);
}

tsn_iter *tsn_iter_open_top = NULL;

/* The end of GetIterator (7.4.2) once `method` = iterable[Symbol.iterator] is known: the iterator
 * object, with its next method in *next_out. */
static tsn_value call_iterator_method(tsn_value iterable, tsn_value method, const char *source_text, tsn_value *next_out) {
  if (!tsn_is_callable(method)) throw_not_iterable(iterable, source_text);
  tsn_value iterator = tsn_call(method, iterable, 0, NULL, NULL);
  if (!tsn_is_object(iterator)) tsn_throw_type_error("Result of the Symbol.iterator method is not an object");
  *next_out = tsn_get(iterator, tsn_atom.next);
  return iterator;
}

static void unlink_open(tsn_iter *it) {
  for (tsn_iter **p = &tsn_iter_open_top; *p; p = &(*p)->prev_open) {
    if (*p == it) {
      *p = it->prev_open;
      return;
    }
  }
}

void tsn_iter_unwind_to(tsn_iter *mark) {
  while (tsn_iter_open_top != NULL && tsn_iter_open_top != mark) {
    tsn_iter *it = tsn_iter_open_top;
    tsn_iter_open_top = it->prev_open;
    tsn_iter_close_on_throw(it);
  }
}

void tsn_iter_open(tsn_iter *it, tsn_value iterable, const char *source_text) {
  it->index = 0;
  it->done = false;
  it->target = iterable;
  it->next = TSN_UNDEFINED;
  it->generator = NULL;
  if (tsn_is_nullish(iterable)) throw_not_iterable(iterable, source_text);
  tsn_value method = tsn_get(iterable, tsn_intrinsics.symbol_iterator);
  if (tsn_is_array(iterable) && iteration_unpatched(method, tsn_intrinsics.array_prototype, tsn_intrinsics.array_iterator_prototype)) {
    it->kind = ITER_FAST_ARRAY;
    return;
  }
  if (tsn_is_string(iterable) && iteration_unpatched(method, tsn_intrinsics.string_prototype, tsn_intrinsics.string_iterator_prototype)) {
    it->kind = ITER_FAST_STRING;
    return;
  }
  if (tsn_is_typed_array(iterable) && iteration_unpatched(method, tsn_intrinsics.typed_array_prototype, tsn_intrinsics.array_iterator_prototype)) {
    /* %TypedArray%.prototype.values validates the view before making its iterator */
    if (tsn_typed_array_out_of_bounds(tsn_typed_array_of(tsn_as_object(iterable)))) tsn_throw_detached("%TypedArray%.prototype.values");
    it->kind = ITER_FAST_TYPED_ARRAY;
    return;
  }
  tsn_value iterator = call_iterator_method(iterable, method, source_text, &it->next);
  it->kind = ITER_GENERIC;
  it->target = iterator;
  it->generator = tsn_generator_with_intrinsic_next(iterator, it->next);
  it->prev_open = tsn_iter_open_top;
  tsn_iter_open_top = it;
}

void tsn_iter_init_direct(tsn_iter *it, tsn_value iterator, tsn_value next_method) {
  it->kind = ITER_GENERIC;
  it->target = iterator;
  it->next = next_method;
  it->generator = tsn_generator_with_intrinsic_next(iterator, next_method);
  it->index = 0;
  it->done = false;
  it->prev_open = NULL;
}

void tsn_iter_track(tsn_iter *it) {
  it->prev_open = tsn_iter_open_top;
  tsn_iter_open_top = it;
}

void tsn_iter_untrack(tsn_iter *it) { unlink_open(it); }

static _Noreturn void throw_result_not_object(tsn_value r) {
  tsn_throw_type_error("Iterator result %s is not an object", tsn_key_text(tsn_to_string(r)));
}

bool tsn_iter_step(tsn_iter *it, tsn_value *out) {
  if (it->done) return false;
  switch (it->kind) {
  case ITER_FAST_ARRAY: {
    tsn_object *a = tsn_as_object(it->target);
    if (it->index >= a->length) { it->done = true; return false; }
    uint32_t i = it->index++;
    tsn_value v = i < a->capacity ? a->elements[i] : TSN_EMPTY;
    *out = v != TSN_EMPTY ? v : tsn_get_index(it->target, tsn_from_double(i));
    return true;
  }
  case ITER_FAST_TYPED_ARRAY: { /* %ArrayIteratorPrototype%.next over a view: its length is re-read every step */
    tsn_typed_array *ta = tsn_typed_array_of(tsn_as_object(it->target));
    if (tsn_typed_array_out_of_bounds(ta)) tsn_throw_detached("Array Iterator.prototype.next");
    if (it->index >= tsn_typed_array_length(ta)) { it->done = true; return false; }
    *out = tsn_from_double(tsn_element_load(ta->kind, tsn_typed_array_at(ta, it->index++)));
    return true;
  }
  case ITER_FAST_STRING: {
    uint32_t n = tsn_str_length(it->target);
    if (it->index >= n) { it->done = true; return false; }
    const uint16_t *u = tsn_str_chars(it->target);
    uint32_t i = it->index;
    uint32_t len = (u[i] >= 0xD800 && u[i] <= 0xDBFF && i + 1 < n && u[i + 1] >= 0xDC00 && u[i + 1] <= 0xDFFF) ? 2 : 1;
    it->index += len;
    *out = tsn_str_substring(it->target, i, i + len);
    return true;
  }
  default: {
    /* An error from next() or from reading the result marks the iterator done: it is not closed. */
    it->done = true;
    if (it->generator != NULL) {
      if (!tsn_generator_step(it->generator, out)) {
        unlink_open(it);
        return false;
      }
      it->done = false;
      return true;
    }
    tsn_value r = tsn_call(it->next, it->target, 0, NULL, NULL);
    if (!tsn_is_object(r)) throw_result_not_object(r);
    if (tsn_iter_result_done(r)) {
      unlink_open(it);
      return false;
    }
    *out = tsn_iter_result_value(r);
    it->done = false;
    return true;
  }
  }
}

void tsn_iter_close(tsn_iter *it) {
  if (it->kind != ITER_GENERIC || it->done) return;
  it->done = true;
  unlink_open(it);
  tsn_value ret = tsn_get(it->target, tsn_atom.return_);
  if (tsn_is_nullish(ret)) return;
  tsn_value r = tsn_call(ret, it->target, 0, NULL, NULL);
  if (!tsn_is_object(r)) throw_result_not_object(r);
}

void tsn_iter_close_on_throw(tsn_iter *it) {
  if (it->kind != ITER_GENERIC || it->done) return;
  tsn_value pending = tsn_exception;
  tsn_handler h;
  TSN_TRY_PUSH(h);
  if (setjmp(h.jb) == 0) {
    tsn_iter_close(it);
    TSN_TRY_POP(h);
  } else {
    TSN_TRY_POP(h);
  }
  it->done = true;
  tsn_exception = pending;
}

void tsn_array_append_iterable(tsn_value array, tsn_value iterable, const char *source_text) {
  tsn_iter it;
  tsn_iter_open(&it, iterable, source_text);
  tsn_value v;
  while (tsn_iter_step(&it, &v)) tsn_array_push(array, v);
}

tsn_value tsn_iter_result(tsn_value value, bool done) {
  tsn_object *o = tsn_object_new(tsn_intrinsics.object_prototype);
  tsn_define_own(o, tsn_atom.value, value, TSN_ATTR_DEFAULT);
  tsn_define_own(o, tsn_atom.done, tsn_from_bool(done), TSN_ATTR_DEFAULT);
  return tsn_from_cell(o);
}

/* ---- yield* delegation (ECMA-262 15.5.5) --------------------------------------------------- */

tsn_value tsn_get_iterator(tsn_value iterable, const char *source_text, tsn_value *next_out) {
  if (tsn_is_nullish(iterable)) throw_not_iterable(iterable, source_text);
  return call_iterator_method(iterable, tsn_get(iterable, tsn_intrinsics.symbol_iterator), source_text, next_out);
}

tsn_value tsn_iterator_method(tsn_value iterator, tsn_value name) {
  tsn_value m = tsn_get(iterator, name);
  return tsn_is_nullish(m) ? TSN_UNDEFINED : m;
}

tsn_value tsn_call_iterator_method(tsn_value method, tsn_value iterator, tsn_value value) {
  tsn_value r = tsn_call(method, iterator, 1, &value, NULL);
  if (!tsn_is_object(r)) throw_result_not_object(r);
  return r;
}

bool tsn_iter_result_done(tsn_value result) {
  return tsn_to_boolean(tsn_get(result, tsn_atom.done));
}

tsn_value tsn_iter_result_value(tsn_value result) {
  return tsn_get(result, tsn_atom.value);
}

_Noreturn void tsn_throw_yield_star_no_throw(tsn_value iterator) {
  tsn_value ret = tsn_get(iterator, tsn_atom.return_);
  if (!tsn_is_nullish(ret)) {
    tsn_value r = tsn_call(ret, iterator, 0, NULL, NULL);
    if (!tsn_is_object(r)) throw_result_not_object(r);
  }
  tsn_throw_type_error("The iterator does not provide a 'throw' method.");
}
