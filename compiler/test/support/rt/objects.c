/* Objects: shapes and [[OwnPropertyKeys]] order, delete then re-add, accessors with receivers,
 * strict-mode failures on frozen / non-extensible objects, prototype-chain inline caches and their
 * invalidation, arrays (holes, length, far indices). Mirrors objects.mjs. */
#include "rt_test.h"
#include "compiled.h"

static void keys(tsn_value o) {
  uint32_t n;
  tsn_value *k = tsn_own_keys(tsn_as_object(o), false, true, &n);
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (uint32_t i = 0; i < n; i++) {
    if (i) tsn_strbuf_push_unit(&b, ',');
    tsn_strbuf_push_string(&b, tsn_is_symbol(k[i]) ? tsn_symbol_descriptive_string(k[i]) : k[i]);
  }
  p(tsn_strbuf_finish(&b));
}

static tsn_value getter_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value nt) {
  return tsn_op_add(S("got "), get(this_value, "base"));
}
static tsn_value setter_code(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value nt) {
  set(this_value, "base", tsn_op_mul(argc > 0 ? argv[0] : TSN_UNDEFINED, N(10)));
  return TSN_UNDEFINED;
}

static tsn_ic ic_get_x, ic_get_m, ic_set_y;

static tsn_value read_x(tsn_value o) { return tsn_get_ic(o, S("x"), &ic_get_x); }
static tsn_value read_m(tsn_value o) { return tsn_get_ic(o, S("m"), &ic_get_m); }
static void write_y(tsn_value o, tsn_value v) { tsn_set_ic(o, S("y"), v, &ic_set_y); }

void tsn_program_main(void) {
  tsn_value sym = tsn_symbol_new(S("s"));
  tsn_value o = tsn_new_object();
  set(o, "b", N(1));
  tsn_set(o, sym, N(2));
  set(o, "10", N(3));
  set(o, "a", N(4));
  set(o, "2", N(5));
  set(o, "-1", N(6));
  set(o, "01", N(7));
  set(o, "4294967295", N(8));
  set(o, "4294967294", N(9));
  keys(o);
  tsn_delete_property(o, S("b"));
  set(o, "b", N(10));
  keys(o);
  p(get(o, "b"));
  p(get(o, "a"));

  /* accessors: getter/setter see the receiver, also through the prototype chain */
  tsn_value proto = tsn_new_object();
  tsn_define_accessor(tsn_as_object(proto), S("v"), tsn_builtin_new(getter_code, "get v", 0), TSN_UNDEFINED, TSN_ATTR_CONFIGURABLE);
  tsn_define_accessor(tsn_as_object(proto), S("v"), TSN_UNDEFINED, tsn_builtin_new(setter_code, "set v", 1), TSN_ATTR_CONFIGURABLE);
  tsn_value child = tsn_from_cell(tsn_object_new(tsn_as_object(proto)));
  set(child, "base", N(1));
  p(get(child, "v"));
  set(child, "v", N(7));
  p(get(child, "base"));
  p(get(child, "v"));
  p(tsn_from_bool(tsn_has_own_property(tsn_as_object(child), S("v"))));

  /* strict-mode failures */
  tsn_value fr = tsn_new_object();
  set(fr, "x", N(1));
  tsn_freeze(tsn_as_object(fr));
  TRY(set(fr, "x", N(2)));
  TRY(set(fr, "y", N(2)));
  TRY(tsn_delete_property(fr, S("x")));
  p(get(fr, "x"));
  tsn_value ro = tsn_from_cell(tsn_object_new(tsn_as_object(fr)));
  TRY(set(ro, "x", N(3)));
  tsn_value getter_only = tsn_new_object();
  tsn_define_accessor(tsn_as_object(getter_only), S("g"), tsn_builtin_new(getter_code, "get g", 0), TSN_UNDEFINED, TSN_ATTR_DEFAULT);
  TRY(set(getter_only, "g", N(1)));
  TRY(set(TSN_UNDEFINED, "x", N(1)));
  TRY(tsn_get(TSN_NULL, S("x")));
  TRY(tsn_get_index(TSN_UNDEFINED, N(3)));
  TRY(tsn_set(TSN_NULL, tsn_intrinsics.symbol_iterator, N(1)));
  TRY(set(S("abc"), "x", N(1)));
  TRY(set(N(5), "x", N(1)));
  TRY(tsn_op_in(S("x"), N(5)));
  TRY(tsn_op_in(S("x"), S("str")));
  tsn_value ne = tsn_from_cell(tsn_object_new(NULL));
  tsn_define_own(tsn_as_object(ne), S("x"), N(1), 0);
  tsn_prevent_extensions(tsn_as_object(ne));
  TRY(set(ne, "x", N(2)));
  TRY(set(ne, "y", N(2)));
  TRY(tsn_delete_property(ne, S("x")));
  TRY(tsn_set(fr, sym, N(1)));
  p(tsn_from_bool(tsn_is_frozen(tsn_as_object(fr))));
  p(tsn_from_bool(tsn_is_frozen(tsn_as_object(ne))));
  p(tsn_from_bool(tsn_op_in(S("x"), ro)));
  p(tsn_from_bool(tsn_op_in(S("zz"), ro)));

  /* inline caches: own hits, prototype hits, invalidation by proto changes and shadowing */
  tsn_value base = tsn_new_object();
  set(base, "m", S("base-m"));
  tsn_value a1 = tsn_from_cell(tsn_object_new(tsn_as_object(base)));
  tsn_value a2 = tsn_from_cell(tsn_object_new(tsn_as_object(base)));
  set(a1, "x", N(1));
  set(a2, "x", N(2));
  for (int i = 0; i < 3; i++) { p(read_x(a1)); p(read_x(a2)); p(read_m(a1)); }
  set(base, "m", S("base-m2"));
  p(read_m(a2));
  tsn_value mid = tsn_from_cell(tsn_object_new(tsn_as_object(base)));
  tsn_set_prototype_of(tsn_as_object(a2), tsn_as_object(mid));
  p(read_m(a2));
  set(mid, "m", S("mid-m"));
  p(read_m(a2));
  p(read_m(a1));
  tsn_delete_property(mid, S("m"));
  p(read_m(a2));
  set(a1, "m", S("own-m"));
  p(read_m(a1));
  for (int i = 0; i < 3; i++) {
    tsn_value q = tsn_new_object();
    set(q, "x", N(i));
    write_y(q, N(i * 2));
    keys(q);
    p(get(q, "y"));
  }
  tsn_value setter_proto = tsn_new_object();
  tsn_define_accessor(tsn_as_object(setter_proto), S("y"), TSN_UNDEFINED, tsn_builtin_new(setter_code, "set y", 1), TSN_ATTR_CONFIGURABLE);
  tsn_value q2 = tsn_from_cell(tsn_object_new(tsn_as_object(setter_proto)));
  set(q2, "x", N(0));
  write_y(q2, N(4));
  keys(q2);
  p(get(q2, "base"));
  tsn_value q3 = tsn_new_object();
  set(q3, "x", N(0));
  tsn_prevent_extensions(tsn_as_object(q3));
  TRY(write_y(q3, N(1)));

  /* many properties: dictionary shapes keep order */
  tsn_value big = tsn_new_object();
  for (int i = 0; i < 200; i++) tsn_set(big, tsn_to_property_key(tsn_op_add(S("k"), N(i))), N(i));
  for (int i = 0; i < 200; i += 3) tsn_delete_property(big, tsn_to_property_key(tsn_op_add(S("k"), N(i))));
  uint32_t n;
  tsn_value *k = tsn_own_keys(tsn_as_object(big), true, false, &n);
  p(N(n));
  p(k[0]);
  p(k[n - 1]);
  p(get(big, "k199"));
  p(get(big, "k198"));

  /* arrays */
  tsn_value arr = tsn_new_array(0);
  tsn_array_push(arr, N(1));
  tsn_set_index(arr, N(5), N(6));
  p(get(arr, "length"));
  p(tsn_get_index(arr, N(3)));
  p(tsn_from_bool(tsn_op_in(N(3), arr)));
  p(tsn_from_bool(tsn_op_in(N(5), arr)));
  set(arr, "name", S("named"));
  keys(arr);
  set(arr, "length", N(2));
  keys(arr);
  tsn_set_index(arr, N(3000000000.0), S("far"));
  p(get(arr, "length"));
  p(tsn_get_index(arr, N(3000000000.0)));
  keys(arr);
  TRY(set(arr, "length", N(-1)));
  tsn_value fa = tsn_new_array(0);
  tsn_array_push(fa, N(1));
  tsn_freeze(tsn_as_object(fa));
  TRY(tsn_set_index(fa, N(0), N(2)));
  TRY(tsn_set_index(fa, N(5), N(2)));
  TRY(set(fa, "length", N(0)));
  TRY(tsn_delete_property(fa, S("0")));
  TRY(tsn_delete_property(tsn_new_array(0), S("length")));
  p(tsn_get_index(fa, N(0)));

  /* a read-only length (10.4.2.1, 10.4.2.4): elements below it stay writable and deletable */
  tsn_value Object = G("Object");
  tsn_value fixed_len = tsn_array_from((tsn_value[]){N(1), N(2), N(3)}, 3);
  tsn_value fixed = tsn_new_object();
  set(fixed, "writable", TSN_FALSE);
  CALLM(Object, "defineProperty", fixed_len, S("length"), fixed);
  tsn_set_index_inline(fixed_len, N(1), N(20));
  TRY(tsn_set_index_inline(fixed_len, N(3), N(4)));
  TRY(tsn_set_index(fixed_len, N(10), N(4)));
  TRY(set(fixed_len, "length", N(0)));
  TRY(set(fixed_len, "length", N(3)));
  TRY(tsn_delete_property(fixed_len, S("2")));
  p(tsn_from_bool(tsn_op_in(N(2), fixed_len)));
  tsn_set_index(fixed_len, N(2), N(30));
  pa(fixed_len);
  p(get(fixed_len, "length"));
  p(get(CALLM(Object, "getOwnPropertyDescriptor", fixed_len, S("length")), "writable"));
  p(get(CALLM(Object, "getOwnPropertyDescriptor", fixed_len, S("0")), "writable"));
  p(CALLM(Object, "isFrozen", fixed_len));
  tsn_value three = tsn_new_object();
  set(three, "value", S("3"));
  TRY(CALLM(Object, "defineProperty", fixed_len, S("length"), three));
  set(three, "value", N(2));
  TRY(CALLM(Object, "defineProperty", fixed_len, S("length"), three));
  TRY(CALLM(Object, "defineProperty", fixed_len, S("3"), three));
  CALLM(Object, "preventExtensions", fixed_len);
  TRY(tsn_set_index(fixed_len, N(3), N(4)));
  p(CALLM(Object, "isFrozen", fixed_len));
  tsn_value shrunk = tsn_array_from((tsn_value[]){N(1), N(2), N(3)}, 3);
  set(fixed, "value", N(1));
  CALLM(Object, "defineProperty", shrunk, S("length"), fixed);
  pa(shrunk);
  TRY(tsn_set_index(shrunk, N(1), N(2)));
  tsn_value fz = tsn_array_from((tsn_value[]){N(1)}, 1);
  CALLM(Object, "freeze", fz);
  p(get(CALLM(Object, "getOwnPropertyDescriptor", fz, S("length")), "writable"));
  TRY(tsn_set_index_inline(fz, N(0), N(2)));

  tsn_value sarr = tsn_get_index(S("hey"), N(1));
  p(sarr);
  p(get(S("hey"), "length"));
}
