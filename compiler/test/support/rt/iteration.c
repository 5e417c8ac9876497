/* The iteration protocol: array and string fast paths (holes, live length, surrogate pairs),
 * user iterators with next/return, IteratorClose on break and on throw, spread, and V8's
 * not-iterable messages. Mirrors iteration.mjs. */
#include "rt_test.h"

#define FN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

/* { i: 0, next() { this.i++; return { value: this.i * 10, done: this.i > 3 }; }, return() { p("return called"); return {}; } } */
FN(it_next) {
  set(this_value, "i", tsn_op_inc(get(this_value, "i")));
  return tsn_iter_result(tsn_op_mul(get(this_value, "i"), N(10)), tsn_op_gt(get(this_value, "i"), N(3)));
}
FN(it_return) { pc("return called"); return tsn_new_object(); }
FN(it_self) { return this_value; }
FN(bad_return) { return N(5); }

static tsn_value make_iterable(bool with_return) {
  tsn_value o = tsn_new_object();
  set(o, "i", N(0));
  set(o, "next", tsn_function_new(it_next, NULL, S("next"), 0, TSN_FN_METHOD));
  if (with_return) set(o, "return", tsn_function_new(it_return, NULL, S("return"), 0, TSN_FN_METHOD));
  tsn_set(o, tsn_intrinsics.symbol_iterator, tsn_function_new(it_self, NULL, S("[Symbol.iterator]"), 0, TSN_FN_METHOD));
  return o;
}

static void each(tsn_value iterable, int stop_after) {
  tsn_iter it;
  tsn_iter_open(&it, iterable, "iterable");
  tsn_value v;
  int n = 0;
  while (tsn_iter_step(&it, &v)) {
    p(v);
    if (++n == stop_after) { tsn_iter_close(&it); break; }
  }
}

void tsn_program_main(void) {
  tsn_value arr = tsn_array_from((tsn_value[]){N(1), N(2)}, 2);
  tsn_set_index(arr, N(3), N(4));
  each(arr, -1);
  tsn_iter it;
  tsn_iter_open(&it, arr, "arr");
  tsn_value v;
  while (tsn_iter_step(&it, &v)) {
    p(v);
    if (tsn_as_object(arr)->length < 6) tsn_array_push(arr, N(tsn_as_object(arr)->length + 1));
  }
  uint16_t units[] = {'a', 0xD83D, 0xDE00, 'b', 0xD800};
  each(tsn_str_from_utf16(units, 5), -1);
  each(make_iterable(true), -1);
  each(make_iterable(true), 2);
  each(make_iterable(false), 1);
  tsn_value spread = tsn_new_array(0);
  tsn_array_append_iterable(spread, make_iterable(false), NULL);
  tsn_array_append_iterable(spread, S("xy"), NULL);
  pa(spread);
  {
    tsn_handler h;
    tsn_iter it2;
    TSN_TRY_PUSH(h);
    if (setjmp(h.jb) == 0) {
      tsn_iter_open(&it2, make_iterable(true), "o2");
      tsn_iter_step(&it2, &v);
      tsn_throw(NEW(G("Error"), S("inner")));
    } else {
      TSN_TRY_POP(h);
      tsn_iter_close_on_throw(&it2);
      p(tsn_call_method(tsn_exception, S("toString"), NULL, 0, NULL, NULL));
    }
  }
  tsn_value br = make_iterable(false);
  set(br, "return", tsn_function_new(bad_return, NULL, S("return"), 0, TSN_FN_METHOD));
  TRY(each(br, 1));
  TRY(tsn_iter_open(&it, N(5), "num"));
  TRY(tsn_iter_open(&it, TSN_UNDEFINED, "u"));
  TRY(tsn_iter_open(&it, tsn_new_object(), NULL));
  TRY(tsn_iter_open(&it, N(5), NULL));
  tsn_value weird = tsn_new_object();
  tsn_set(weird, tsn_intrinsics.symbol_iterator, tsn_function_new(bad_return, NULL, S("[Symbol.iterator]"), 0, TSN_FN_METHOD));
  TRY(tsn_iter_open(&it, weird, "weird"));
}
