/*
 * cases.c — the C side of compiler/test/inspect.test.ts: each case builds values through the
 * runtime API and prints them with the global console, exactly as the JS snippet of the same name
 * in the test file does in Node. Before each case the program writes "=== <name>" on stdout and
 * stderr so the test can compare case by case. Keep the table at the bottom in the test's order.
 */
#include "values.h"

#define U16(...) tsn_str_from_utf16((const uint16_t[]){ __VA_ARGS__ }, (uint32_t)(sizeof((const uint16_t[]){ __VA_ARGS__ }) / sizeof(uint16_t)))

static tsn_value range_array(uint32_t n, double (*f)(uint32_t)) {
  tsn_value a = ARR0();
  for (uint32_t i = 0; i < n; i++) tsn_array_push(a, N(f(i)));
  return a;
}
static double f_index(uint32_t i) { return i; }
static double f_wide(uint32_t i) { return (double)((i * i * 7919u) % 100003u); }
static double f_narrow(uint32_t i) { return i % 10; }
static double f_float(uint32_t i) { return (double)((i * 37u) % 1000u) / 8; }
static double f_negative(uint32_t i) { return -(double)((i * 13u) % 97u); }

static tsn_value repeat(const char *s, uint32_t n) {
  tsn_value r = tsn_atom.empty;
  for (uint32_t i = 0; i < n; i++) r = tsn_str_concat(r, S(s));
  return r;
}

static void case_primitives(void) {
  LOG(N(1), N(-0.0), N(0), N(NAN), N(INFINITY), N(-INFINITY), N(1e21), N(1e-7), N(123.456), TSN_TRUE, TSN_FALSE, TSN_NULL, TSN_UNDEFINED);
  LOG(ARR(N(-0.0), N(0), N(NAN), N(-1.5e-10), TSN_NULL, TSN_UNDEFINED, TSN_TRUE));
}

static void case_top_level_strings(void) {
  LOG(S("a"), S("b\nc"), S("it's"), N(1), S("x"));
  LOG(S(""));
  LOG(S("%"));
  tsn_value none[1];
  console_call("log", 0, none);
}

static void case_string_quoting(void) {
  LOG(ARR(S("a"), S("it's"), S("say \"hi\" it's"), S("a'b\"c`d"), S("a'b\"c${d}"), S("back\\slash")));
  LOG(ARR(U16(0, 7, 8, 9, 10, 11, 12, 13, 27, 31, 127, 0x85, 0x9f, 0xa0, 'z')));
  LOG(ARR(U16(0xd800), U16('x', 0xdc00, 'y'), U16(0xd83d, 0xde00), U16(0xdbff, 'q', 0xd800, 0xdc00)));
  LOG(OBJ2("s", U16('\'', 0xd800), "t", S("é中文")));
}

static void case_long_strings(void) {
  LOG(ARR(S("short"), S("a somewhat longer string that goes past the break length of eighty columns for sure")));
  LOG(OBJ1("text", S("line one\nline two\nline three is here\n")));
  LOG(ARR(S("0123456789abcdef\n"), S("0123456789abcdefg\nh")));
  LOG(OBJ1("nested", OBJ1("deeper", S("this string is long enough to be split on its newline\nsecond line"))));
  LOG(ARR(repeat("x", 10005)));
  LOG(ARR(repeat("ab\n", 30)));
}

static void case_symbols(void) {
  LOG(tsn_symbol_new(S("x")), tsn_symbol_new(TSN_UNDEFINED), ARR(tsn_symbol_new(S("a b"))), tsn_intrinsics.symbol_iterator);
  tsn_value o = OBJ1("plain", N(1));
  tsn_set(o, tsn_symbol_new(S("k")), N(1));
  tsn_set(o, tsn_symbol_new(S("it's")), N(2));
  tsn_set(o, tsn_symbol_new(TSN_UNDEFINED), N(3));
  LOG(o);
}

static void case_number_grouping(void) {
  static const uint32_t lengths[] = { 6, 7, 8, 10, 16, 26, 27, 50, 100, 101, 120 };
  for (size_t i = 0; i < sizeof lengths / sizeof lengths[0]; i++) {
    LOG(range_array(lengths[i], f_index));
    LOG(range_array(lengths[i], f_wide));
  }
  LOG(range_array(30, f_narrow));
  LOG(range_array(40, f_float));
  LOG(range_array(33, f_negative));
}

static void case_string_grouping(void) {
  static const char *const words[] = { "a", "bb", "ccc", "dddd", "eeeee", "ff", "g", "hhhhhhh", "ii", "jjj" };
  for (uint32_t n = 7; n <= 40; n += 11) {
    tsn_value a = ARR0();
    for (uint32_t i = 0; i < n; i++) tsn_array_push(a, S(words[(i * 7) % 10]));
    LOG(a);
  }
  tsn_value mixed = ARR0();
  for (uint32_t i = 0; i < 24; i++) tsn_array_push(mixed, i % 3 == 0 ? S(words[i % 10]) : N(i * 11));
  LOG(mixed);
  LOG(ARR(S("中文"), S("abc"), U16(0xd83d, 0xde00), S("é"), S("日本語テキスト"), S("x"), S("yy"), S("한국어")));
  tsn_value with_nested = ARR(N(1), N(2), N(3), N(4), N(5), N(6), ARR(N(7), N(8)), OBJ1("a", N(1)), TSN_NULL, TSN_UNDEFINED);
  LOG(with_nested);
  LOG(OBJ1("inner", range_array(30, f_wide)));
  LOG(OBJ1("a", OBJ1("b", range_array(26, f_index))));
}

static void case_line_breaking(void) {
  for (uint32_t w = 1; w <= 12; w++) {
    tsn_value o = OBJ0();
    for (uint32_t i = 0; i < 6; i++) {
      char key[8] = { 'k', (char)('0' + i), 0 };
      tsn_set(o, K(key), repeat("v", w));
    }
    LOG(o);
  }
  for (uint32_t n = 3; n <= 9; n++) {
    tsn_value o = OBJ0();
    for (uint32_t i = 0; i < n; i++) {
      char key[16] = "property_";
      key[9] = (char)('a' + i);
      tsn_set(o, K(key), N(i * 1000));
    }
    LOG(o);
  }
  LOG(ARR(OBJ2("a", N(1), "b", S("two")), OBJ2("a", N(3), "b", S("four"))));
  LOG(ARR(repeat("w", 20), repeat("w", 20), repeat("w", 20), repeat("w", 20)));
  LOG(ARR(repeat("w", 15), repeat("w", 15), repeat("w", 15), repeat("w", 13)));
}

static void case_nesting_depth(void) {
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", OBJ1("d", N(1))))));
  LOG(ARR(ARR(ARR(ARR(N(1))))));
  LOG(OBJ1("a", ARR(OBJ1("b", OBJ1("c", N(1))))));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", OBJ0()))));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", ARR0()))));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", new_map()))));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", map_put(new_map(), N(1), N(2))))));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", set_add(new_set(), N(1))))));
  tsn_value np = tsn_from_cell(tsn_object_new(NULL));
  tsn_set(np, K("x"), N(1));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", np))));
  LOG(OBJ2("first", ARR(N(1), N(2), N(3)), "second", OBJ1("inner", ARR(N(1), N(2), N(3)))));
}

static void case_circular(void) {
  tsn_value o = OBJ1("name", S("o"));
  tsn_set(o, K("self"), o);
  LOG(o);
  tsn_value a = ARR(N(1));
  tsn_array_push(a, a);
  LOG(a);
  tsn_value x = OBJ0();
  tsn_value y = OBJ1("x", x);
  tsn_set(x, K("y"), y);
  LOG(ARR(x, y));
  tsn_value m = new_map();
  map_put(m, S("me"), m);
  LOG(m);
  tsn_value p = OBJ0(), q = OBJ0();
  tsn_set(p, K("q"), q);
  tsn_set(q, K("p"), p);
  tsn_set(q, K("q"), q);
  LOG(p);
}

static void case_maps_and_sets(void) {
  LOG(map_put(map_put(new_map(), S("a"), N(1)), S("b"), OBJ1("c", ARR(N(1), N(2)))));
  LOG(set_add(set_add(set_add(new_set(), N(1)), S("two")), ARR(N(3))));
  LOG(new_map(), new_set());
  LOG(map_put(new_map(), OBJ1("k", N(1)), ARR(N(1))));
  tsn_value big = new_map();
  for (uint32_t i = 0; i < 101; i++) map_put(big, N(i), N(i * 2));
  LOG(big);
  tsn_value with_prop = map_put(new_map(), S("a"), N(1));
  tsn_set(with_prop, K("extra"), N(1));
  LOG(with_prop);
  tsn_value empty_with_prop = new_set();
  tsn_set(empty_with_prop, K("x"), N(2));
  LOG(empty_with_prop);
  LOG(set_add(set_add(new_set(), N(-0.0)), N(0)), ARR(N(-0.0)));
  tsn_value nested = new_map();
  map_put(nested, S("inner"), map_put(new_map(), S("x"), set_add(new_set(), ARR(N(1)))));
  LOG(OBJ1("m", nested));
  tsn_value wide = new_set();
  for (uint32_t i = 0; i < 30; i++) set_add(wide, N(i * 1000));
  LOG(wide);
}

static tsn_value tag_getter(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return S("Z");
}
static tsn_value custom_to_string(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return S("custom!");
}

static void case_classes(void) {
  tsn_value foo = make_class("Foo", TSN_EMPTY);
  tsn_value bar = make_class("Bar", foo);
  tsn_value f = instance(foo);
  tsn_set(f, K("x"), N(1));
  LOG(f, instance(bar), ARR(foo, bar));
  tsn_value b = instance(bar);
  tsn_set(b, K("list"), ARR(N(1), N(2)));
  tsn_set(b, K("child"), f);
  LOG(b);
  LOG(instance(make_class("", TSN_EMPTY)), make_class("", TSN_EMPTY));
  tsn_value stat = make_class("S", TSN_EMPTY);
  tsn_set(stat, K("n"), N(1));
  LOG(stat);
  tsn_value tagged = make_class("Q", TSN_EMPTY);
  tsn_value tagged_proto = tsn_get(tagged, K("prototype"));
  tsn_define_accessor(tsn_as_object(tagged_proto), tsn_intrinsics.symbol_to_string_tag, tsn_function_new(tag_getter, NULL, K("get"), 0, TSN_FN_METHOD),
                      TSN_UNDEFINED, TSN_ATTR_CONFIGURABLE);
  LOG(instance(tagged));
  tsn_value own_tag = OBJ1("a", N(1));
  tsn_set(own_tag, tsn_intrinsics.symbol_to_string_tag, S("T"));
  LOG(own_tag);
  tsn_value deep = OBJ1("a", OBJ1("b", OBJ1("c", f)));
  LOG(deep);
  tsn_value with_to_string = make_class("Custom", TSN_EMPTY);
  tsn_define_method(tsn_as_object(tsn_get(with_to_string, K("prototype"))), K("toString"),
                    tsn_function_new(custom_to_string, NULL, K("toString"), 0, TSN_FN_METHOD), 0, false);
  LOG(S("%s|%s"), instance(with_to_string), instance(foo));
  tsn_value my_arr = make_class("MyArr", global("Array"));
  tsn_value ma = instance(my_arr);
  tsn_array_push(ma, N(1));
  tsn_array_push(ma, N(2));
  LOG(ma, instance(my_arr));
  tsn_value my_map = make_class("MyMap", global("Map"));
  LOG(map_put(instance(my_map), S("k"), N(1)));
}

static void case_null_prototype(void) {
  tsn_value empty = tsn_from_cell(tsn_object_new(NULL));
  tsn_value full = tsn_from_cell(tsn_object_new(NULL));
  tsn_set(full, K("a"), N(1));
  tsn_set(full, K("b"), OBJ1("c", N(2)));
  LOG(empty, full, ARR(full));
  tsn_value chained = tsn_from_cell(tsn_object_new(tsn_as_object(empty)));
  LOG(chained);
}

static void case_functions(void) {
  tsn_value foo = make_function("foo", TSN_FN_NORMAL);
  LOG(foo, make_function("", TSN_FN_NORMAL), make_function("arrow", TSN_FN_ARROW), make_function("", TSN_FN_ARROW));
  tsn_value with_props = make_function("g", TSN_FN_NORMAL);
  tsn_set(with_props, K("a"), N(1));
  tsn_set(with_props, K("nested"), OBJ1("b", N(2)));
  LOG(with_props);
  LOG(tsn_get(global("Math"), K("max")), global("Math"), global("JSON"));
  tsn_value null_arg = TSN_NULL;
  LOG(method(foo, "bind", 1, &null_arg));
  LOG(OBJ2("method", make_function("method", TSN_FN_METHOD), "list", ARR(foo, foo)));
  LOG(OBJ1("a", OBJ1("b", OBJ2("c", with_props, "d", foo))));
  LOG(global("Symbol"), global("Map"), global("TypeError"));
  tsn_value anon = make_function("", TSN_FN_NORMAL);
  LOG(method(anon, "bind", 1, &null_arg), method(method(foo, "bind", 1, &null_arg), "bind", 1, &null_arg));
}

static void case_accessors(void) {
  tsn_value o = OBJ1("plain", N(1));
  define_accessor(o, "g", true, false);
  define_accessor(o, "s", false, true);
  define_accessor(o, "gs", true, true);
  LOG(o);
}

static tsn_value error_with(const char *ctor, const char *message, const char *key, tsn_value v) {
  tsn_value e = new_error(ctor, message);
  tsn_set(e, K(key), v);
  return e;
}

static void case_errors(void) {
  LOG(new_error("Error", "boom"));
  LOG(new_error("TypeError", "bad"), N(1));
  LOG(new_error("RangeError", ""));
  LOG(OBJ1("e", new_error("Error", "nested")));
  LOG(ARR(error_with("Error", "with code", "code", S("E_X"))));
  LOG(error_with("Error", "props", "n", N(42)));
  tsn_value my_error = make_class("MyError", global("Error"));
  tsn_value msg = S("mine");
  LOG(tsn_construct(my_error, 1, &msg, my_error, "MyError"));
  tsn_value plain = make_class("Plain", global("Error"));
  tsn_value validation = tsn_construct(plain, 1, &msg, plain, "Plain");
  LOG(validation);
  tsn_set(validation, K("name"), S("ValidationError"));
  LOG(validation);
  tsn_value options = OBJ1("cause", new_error("Error", "inner"));
  tsn_value args[2] = { S("outer"), options };
  LOG(construct("Error", 2, args));
  LOG(new_error("Error", "multi\nline message"));
  LOG(OBJ1("a", OBJ1("b", OBJ1("c", OBJ1("d", error_with("Error", "deep", "x", N(1)))))));
  LOG(S("%s"), new_error("Error", "as %s"));
  LOG(construct("Error", 0, NULL));
}

static void case_boxed_primitives(void) {
  tsn_value s = S("ab");
  LOG(tsn_from_cell(tsn_to_object(N(3))), tsn_from_cell(tsn_to_object(s)), tsn_from_cell(tsn_to_object(TSN_FALSE)),
      tsn_from_cell(tsn_to_object(tsn_symbol_new(S("s")))), tsn_from_cell(tsn_to_object(N(-0.0))));
  tsn_value boxed = tsn_from_cell(tsn_to_object(s));
  tsn_set(boxed, K("x"), N(1));
  LOG(boxed);
  LOG(tsn_get(global("Number"), K("prototype")), tsn_get(global("String"), K("prototype")), tsn_get(global("Symbol"), K("prototype")));
}

static void case_iterators(void) {
  tsn_value m = map_put(map_put(new_map(), S("a"), N(1)), S("b"), OBJ1("x", N(1)));
  LOG(method(m, "keys", 0, NULL), method(m, "values", 0, NULL), method(m, "entries", 0, NULL));
  tsn_value s = set_add(set_add(new_set(), N(1)), N(2));
  LOG(method(s, "values", 0, NULL), method(s, "entries", 0, NULL));
  tsn_value it = method(m, "keys", 0, NULL);
  method(it, "next", 0, NULL);
  LOG(it);
  method(it, "next", 0, NULL);
  method(it, "next", 0, NULL);
  LOG(it);
  tsn_value arr = ARR(N(1), N(2));
  LOG(tsn_call_method(arr, tsn_intrinsics.symbol_iterator, NULL, 0, NULL, "iter"));
  LOG(tsn_call_method(S("ab"), tsn_intrinsics.symbol_iterator, NULL, 0, NULL, "iter"));
  tsn_value big = new_set();
  for (uint32_t i = 0; i < 103; i++) set_add(big, N(i));
  LOG(method(big, "values", 0, NULL));
}

static void case_sparse_arrays(void) {
  tsn_value a = tsn_new_array(6);
  tsn_set_index(a, N(1), N(1));
  tsn_set_index(a, N(4), N(2));
  LOG(a, tsn_new_array(5), tsn_new_array(1));
  tsn_value b = ARR(N(1), N(2), N(3));
  tsn_set_index(b, N(10), N(4));
  LOG(b);
  tsn_value c = ARR0();
  tsn_set_index(c, N(200), N(1));
  LOG(c);
  tsn_value d = ARR(N(1), N(2));
  tsn_set(d, K("k"), S("v"));
  tsn_set(d, tsn_symbol_new(S("s")), N(3));
  LOG(d);
  tsn_value e = ARR0();
  for (uint32_t i = 0; i < 120; i++)
    if (i % 7 != 3) tsn_set_index(e, N(i), N(i));
  LOG(e);
  tsn_value f = ARR0();
  tsn_set(f, K("only"), N(1));
  LOG(f, ARR0());
  tsn_value g = tsn_new_array(3);
  tsn_set_index(g, N(0), TSN_UNDEFINED);
  LOG(g);
  tsn_value holes = tsn_new_array(150);
  tsn_set_index(holes, N(120), N(1));
  LOG(holes);
}

static void case_object_keys(void) {
  tsn_value o = OBJ0();
  static const char *const keys[] = { "a", "b-c", "1", "_x", "$y", "with space", "it's", "__proto__", "", "Z9", "9Z", "é" };
  for (uint32_t i = 0; i < sizeof keys / sizeof keys[0]; i++) tsn_define_own(tsn_as_object(o), K(keys[i]), N(i), TSN_ATTR_DEFAULT);
  LOG(o);
  tsn_value hidden = OBJ1("shown", N(1));
  tsn_define_own(tsn_as_object(hidden), K("hidden"), N(2), TSN_ATTR_HIDDEN);
  LOG(hidden);
  tsn_value order = OBJ0();
  tsn_set(order, K("b"), N(1));
  tsn_set(order, K("10"), N(2));
  tsn_set(order, K("2"), N(3));
  tsn_set(order, K("a"), N(4));
  LOG(order);
}

static tsn_value return_one(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  return N(1);
}

static void case_format_specifiers(void) {
  LOG(S("%s"), S("str"));
  LOG(S("%s %s %s"), N(42), N(-0.0), TSN_NULL);
  LOG(S("%s|%s"), TSN_UNDEFINED, tsn_symbol_new(S("s")));
  LOG(S("%s"), OBJ1("a", OBJ1("b", OBJ1("c", N(1)))));
  LOG(S("%s"), ARR(N(1), ARR(N(2), ARR(N(3)))));
  LOG(S("%d|%d|%d|%d|%d|%d|%d|%d"), S("42"), N(42.5), S("0x10"), OBJ0(), ARR0(), N(-0.0), TSN_NULL, S(""));
  LOG(S("%i|%i|%i|%i|%i"), N(42.9), S("42.9px"), S("-0.5"), S("abc"), tsn_symbol_new(S("x")));
  LOG(S("%f|%f|%f|%f"), S("3.14abc"), S("x"), N(-0.0), S("  1e3"));
  tsn_value circ = OBJ1("a", N(1));
  tsn_set(circ, K("self"), circ);
  LOG(S("%j|%j|%j|%j"), OBJ1("a", ARR(N(1), S("x"))), circ, TSN_UNDEFINED, S("str"));
  LOG(S("%o"), OBJ1("a", N(1)));
  LOG(S("%o"), ARR(N(1), N(2)));
  LOG(S("%o"), OBJ1("a", OBJ1("b", OBJ1("c", OBJ1("d", OBJ1("e", OBJ1("f", N(1))))))));
  LOG(S("%O"), OBJ1("a", OBJ1("b", OBJ1("c", OBJ1("d", N(1))))));
  tsn_value hidden = OBJ1("shown", N(1));
  tsn_define_own(tsn_as_object(hidden), K("hidden"), ARR(N(1)), TSN_ATTR_HIDDEN);
  LOG(S("%o|%O"), hidden, hidden);
  LOG(S("%o"), ARR(ARR(N(1)), OBJ1("a", ARR0())));
  LOG(S("%o"), new_map());
  LOG(S("%o"), tsn_from_cell(tsn_to_object(S("ab"))));
  LOG(S("%o"), make_function("foo", TSN_FN_NORMAL));
  tsn_value pa = make_class("PA", TSN_EMPTY);
  tsn_object *pa_proto = tsn_as_object(tsn_get(pa, K("prototype")));
  tsn_define_method(pa_proto, K("g"), tsn_function_new(return_one, NULL, K("g"), 0, TSN_FN_METHOD), 1, false);
  tsn_define_method(pa_proto, K("m"), tsn_function_new(return_one, NULL, K("m"), 0, TSN_FN_METHOD), 0, false);
  tsn_value pinst = instance(pa);
  tsn_set(pinst, K("v"), N(1));
  LOG(S("%o"), pinst);
  LOG(S("%o"), pa);
  LOG(S("a%cb"), S("color: red"));
  LOG(S("100%%"));
  LOG(S("100%%"), N(1));
  LOG(S("a%"), N(1));
  LOG(S("%s %s"), S("a"));
  LOG(S("%s"), S("a"), S("b"), OBJ1("c", N(1)));
  LOG(S("%x %s"), N(1));
  LOG(N(1), S("%s"), N(2));
  LOG(S("%%s %s"), S("a"));
  LOG(S("%s:%s"), S("only"));
}

static void case_console_methods(void) {
  tsn_value x = S("to stderr");
  console_call("error", 1, &x);
  x = S("warned");
  console_call("warn", 1, &x);
  tsn_value args[2] = { S("info %d"), N(5) };
  console_call("info", 2, args);
  args[0] = S("debug");
  console_call("debug", 1, args);
  args[0] = S("group");
  console_call("group", 1, args);
  LOG(OBJ2("multi", repeat("m", 40), "line", repeat("l", 40)));
  console_call("group", 0, args);
  args[0] = S("inner error");
  console_call("error", 1, args);
  console_call("groupEnd", 0, args);
  console_call("groupEnd", 0, args);
  console_call("groupEnd", 0, args);
  LOG(S("after groups"));
  tsn_value assert_args[3] = { TSN_FALSE, S("boom %d"), N(3) };
  console_call("assert", 3, assert_args);
  console_call("assert", 1, assert_args);
  assert_args[1] = OBJ1("a", N(1));
  console_call("assert", 2, assert_args);
  assert_args[0] = TSN_TRUE;
  console_call("assert", 2, assert_args);
  console_call("count", 0, args);
  console_call("count", 0, args);
  args[0] = S("x");
  console_call("count", 1, args);
  console_call("countReset", 1, args);
  console_call("count", 1, args);
  tsn_value dir_args[2] = { OBJ1("a", OBJ1("b", OBJ1("c", OBJ1("d", N(1))))), OBJ1("depth", N(0)) };
  console_call("dir", 2, dir_args);
  console_call("dir", 1, dir_args);
  dir_args[1] = OBJ1("depth", TSN_NULL);
  console_call("dir", 2, dir_args);
  tsn_value trace_args[2] = { S("t %s"), S("u") };
  console_call("trace", 2, trace_args);
}

static void table1(tsn_value v) { console_call("table", 1, &v); }
static void table2(tsn_value v, tsn_value p) {
  tsn_value a[2] = { v, p };
  console_call("table", 2, a);
}

static void case_console_table(void) {
  table1(ARR(OBJ2("a", N(1), "b", S("x")), OBJ2("a", N(2), "c", ARR(N(1), N(2), N(3), N(4))), N(5), S("str")));
  table1(method(set_add(set_add(new_set(), N(1)), S("a")), "entries", 0, NULL));
  table1(set_add(set_add(new_set(), N(1)), S("a")));
  table1(map_put(map_put(new_map(), S("k"), OBJ3("x", N(1), "y", N(2), "z", N(3))), S("j"), N(2)));
  table1(method(map_put(new_map(), S("k"), N(1)), "entries", 0, NULL));
  table1(method(map_put(new_map(), S("k"), N(1)), "keys", 0, NULL));
  table1(OBJ2("r1", OBJ3("2", S("two"), "b", N(1), "1", S("one")), "r2", OBJ1("b", N(2))));
  table1(ARR(ARR(N(1), N(2)), ARR(N(3))));
  table2(ARR(OBJ1("a", N(1)), OBJ1("a", N(2))), ARR(S("a"), S("z")));
  table2(ARR(N(1), N(2)), ARR(S("a")));
  table1(N(5));
  table1(TSN_NULL);
  table1(S("s"));
  table1(make_function("", TSN_FN_ARROW));
  table1(ARR0());
  table1(OBJ2("中文", S("日本"), "é", S("x")));
  tsn_value g = S("g");
  console_call("group", 1, &g);
  table1(ARR(N(1)));
  console_call("groupEnd", 0, &g);
}

typedef struct inspect_case { const char *name; void (*run)(void); } inspect_case;

static const inspect_case cases[] = {
  { "primitives", case_primitives },
  { "top_level_strings", case_top_level_strings },
  { "string_quoting", case_string_quoting },
  { "long_strings", case_long_strings },
  { "symbols", case_symbols },
  { "number_grouping", case_number_grouping },
  { "string_grouping", case_string_grouping },
  { "line_breaking", case_line_breaking },
  { "nesting_depth", case_nesting_depth },
  { "circular", case_circular },
  { "maps_and_sets", case_maps_and_sets },
  { "classes", case_classes },
  { "null_prototype", case_null_prototype },
  { "functions", case_functions },
  { "accessors", case_accessors },
  { "errors", case_errors },
  { "boxed_primitives", case_boxed_primitives },
  { "iterators", case_iterators },
  { "sparse_arrays", case_sparse_arrays },
  { "object_keys", case_object_keys },
  { "format_specifiers", case_format_specifiers },
  { "console_methods", case_console_methods },
  { "console_table", case_console_table },
};

void tsn_program_main(void) {
  for (size_t i = 0; i < sizeof cases / sizeof cases[0]; i++) {
    tsn_value header = S("=== ");
    header = tsn_str_concat(tsn_str_concat(header, S(cases[i].name)), S("\n"));
    tsn_write_stdout(header);
    tsn_write_stderr(header);
    cases[i].run();
  }
}
