/* arrays.c — the Array constructor and Array.prototype; arrays.mjs is the same in JavaScript. */
#include "testlib.h"

#define CB(name) static tsn_value name(tsn_object *c, tsn_value t, int argc, const tsn_value *argv, tsn_value nt)
#define ARGV(i) (i < argc ? argv[i] : TSN_UNDEFINED)

static tsn_value calls;

CB(twice) { return tsn_op_mul(ARGV(0), N(2)); }
CB(is_even) { return tsn_from_bool(tsn_op_strict_equals(tsn_op_mod(ARGV(0), N(2)), N(0))); }
CB(above2) { return tsn_from_bool(tsn_op_gt(ARGV(0), N(2))); }
CB(add) { return tsn_op_add(ARGV(0), ARGV(1)); }
CB(record) { /* calls.push(`${v}@${i}`) and returns v */
  tsn_array_push(calls, tsn_op_add(tsn_op_add(tsn_to_string(ARGV(0)), S("@")), tsn_to_string(ARGV(1))));
  return ARGV(0);
}
CB(record_acc) { /* calls.push(`${acc}+${v}@${i}`), returns acc + v */
  tsn_array_push(calls, tsn_op_add(tsn_op_add(tsn_op_add(tsn_op_add(tsn_to_string(ARGV(0)), S("+")), tsn_to_string(ARGV(1))), S("@")), tsn_to_string(ARGV(2))));
  return tsn_op_add(ARGV(0), ARGV(1));
}
CB(pair) { return A(ARGV(0), tsn_op_mul(ARGV(0), N(10))); }
CB(this_plus) { return tsn_op_add(t, ARGV(0)); }
CB(thrower) { tsn_throw_range_error("boom %s", "here"); }
CB(index_key) { return tsn_op_add(ARGV(0), ARGV(1)); }

/* class Sub extends Array {}: the implicit constructor is super(...args) with new.target kept. */
CB(sub_ctor) { return tsn_construct(G("Array"), argc, argv, nt, NULL); }
static tsn_value Sub;
CB(get_sub) { return Sub; }

/* [v, Object.getPrototypeOf(v) === Sub.prototype] */
static tsn_value is_sub(tsn_value v) { return A(v, tsn_from_bool(tsn_from_cell(tsn_get_prototype_of(v)) == P(Sub, "prototype"))); }

/* [1, 2, 3] with a non-writable length. */
static tsn_value fixed_length(void) {
  tsn_value a = A(N(1), N(2), N(3)), d = NEW0(G("Object"));
  tsn_set(d, tsn_str_intern_ascii("writable"), TSN_FALSE);
  M(G("Object"), "defineProperty", a, S("length"), d);
  return a;
}

/* [1, 2, 3] with an own `constructor` property. */
static tsn_value with_constructor(tsn_value c) {
  tsn_value a = A(N(1), N(2), N(3));
  tsn_set(a, tsn_str_intern_ascii("constructor"), c);
  return a;
}

/* { [Symbol.species]: c } */
static tsn_value species_holder(tsn_value c) {
  tsn_value o = NEW0(G("Object"));
  tsn_set(o, tsn_intrinsics.symbol_species, c);
  return o;
}

static tsn_value recorded(tsn_value result) {
  tsn_value r = A(result, calls);
  calls = A0();
  return r;
}

void tsn_program_main(void) {
  calls = A0();
  tsn_value Array = G("Array");
  tsn_value holey = A(N(1), TSN_EMPTY, N(3), TSN_UNDEFINED, N(5));
  T("ctor()", NEW0(Array));
  T("ctor(3)", NEW(Array, N(3)));
  T("Array(3).length", P(CALL(Array, N(3)), "length"));
  T("ctor(1,2)", NEW(Array, N(1), N(2)));
  T("ctor('3')", NEW(Array, S("3")));
  T("ctor(-1)", NEW(Array, N(-1)));
  T("ctor(1.5)", NEW(Array, N(1.5)));
  T("ctor(2^32)", NEW(Array, N(4294967296.0)));
  T("isArray", A(M(Array, "isArray", A0()), M(Array, "isArray", NEW0(G("Object"))), M(Array, "isArray", S("a"))));
  T("of", M(Array, "of", N(7), S("x")));
  T("from string", M(Array, "from", S("a😀b")));
  tsn_value like = NEW0(G("Object"));
  tsn_set(like, tsn_str_intern_ascii("length"), N(3));
  tsn_set(like, tsn_str_intern_ascii("0"), S("x"));
  tsn_set(like, tsn_str_intern_ascii("2"), S("z"));
  T("from array-like", M(Array, "from", like));
  T("from map", M(Array, "from", NEW(G("Map"), A(A(N(1), N(2))))));
  T("from set mapfn", M(Array, "from", NEW(G("Set"), A(N(1), N(2), N(1))), F(index_key, 2)));
  T("from number", M(Array, "from", N(5)));
  T("from null", M(Array, "from", TSN_NULL));
  T("from bad mapfn", M(Array, "from", A(N(1)), N(5)));
  T("from iterator throws", M(Array, "from", A(N(1), N(2)), F(thrower, 1)));
  T("from holes", M(Array, "from", holey));

  T("at", A(M(holey, "at", N(-1)), M(holey, "at", N(1)), M(holey, "at", N(9))));
  T("concat", M(A(N(1)), "concat", A(N(2), TSN_EMPTY, N(3)), N(4), A(A(N(5)))));
  T("concat holes", M(holey, "concat", holey));
  T("join", M0(holey, "join"));
  T("join sep", M(A(N(1), TSN_NULL, S("a"), TSN_UNDEFINED, A(N(2), N(3))), "join", S("-")));
  T("join empty", M(A0(), "join", S("x")));
  tsn_value cyc = A(N(1), N(2));
  tsn_array_push(cyc, cyc);
  T("join cycle", M0(cyc, "join"));
  T("toString cycle", M0(A(cyc, S("z")), "toString"));
  T("toString", M0(A(N(1), A(N(2), A(N(3)))), "toString"));
  T("toLocaleString", M0(A(N(1), S("a"), TSN_NULL), "toLocaleString"));
  T("reverse", M0(A(N(1), TSN_EMPTY, N(3), N(4)), "reverse"));
  T("indexOf", A(M(holey, "indexOf", N(3)), M(holey, "indexOf", TSN_UNDEFINED), M(holey, "indexOf", N(1), N(1)), M(holey, "indexOf", N(5), N(-1))));
  T("indexOf NaN", M(A(N(0.0 / 0.0)), "indexOf", N(0.0 / 0.0)));
  T("lastIndexOf", A(M(A(N(1), N(2), N(1)), "lastIndexOf", N(1)), M(A(N(1), N(2), N(1)), "lastIndexOf", N(1), N(-2)),
                     M(A(N(1), N(2), N(1)), "lastIndexOf", N(1), N(-9))));
  T("includes", A(M(holey, "includes", TSN_UNDEFINED), M(A(N(0.0 / 0.0)), "includes", N(0.0 / 0.0)), M(A(N(-0.0)), "includes", N(0)),
                  M(holey, "includes", N(1), N(1))));
  T("slice", A(M(holey, "slice", N(1), N(-1)), M0(holey, "slice"), M(holey, "slice", N(-2)), M(holey, "slice", N(3), N(1))));

  T("forEach", recorded(M(holey, "forEach", F(record, 1))));
  T("map", recorded(M(holey, "map", F(record, 1))));
  T("map twice", M(A(N(1), N(2), N(3)), "map", F(twice, 1)));
  T("filter", M(A(N(1), N(2), N(3), N(4)), "filter", F(is_even, 1)));
  T("filter holes", recorded(M(holey, "filter", F(record, 1))));
  T("some", A(M(A(N(1), N(3)), "some", F(is_even, 1)), M(A(N(1), N(4)), "some", F(is_even, 1))));
  T("every", A(M(A(N(2), N(4)), "every", F(is_even, 1)), M(A0(), "every", F(is_even, 1)), M(A(N(1)), "every", F(is_even, 1))));
  T("find", A(M(A(N(1), N(3), N(5)), "find", F(above2, 1)), M(A(N(1)), "find", F(above2, 1))));
  T("findIndex", A(M(A(N(1), N(3), N(5)), "findIndex", F(above2, 1)), M(A(N(1)), "findIndex", F(above2, 1))));
  T("findLast", A(M(A(N(1), N(3), N(5)), "findLast", F(above2, 1)), M(A(N(1), N(3), N(5)), "findLastIndex", F(above2, 1))));
  T("find holes", recorded(M(holey, "find", F(record, 1))));
  T("reduce", M(A(N(1), N(2), N(3)), "reduce", F(add, 2)));
  T("reduce init", recorded(M(holey, "reduce", F(record_acc, 2), S("s"))));
  T("reduce holes", recorded(M(holey, "reduce", F(record_acc, 2))));
  T("reduceRight", recorded(M(A(S("a"), S("b"), S("c")), "reduceRight", F(record_acc, 2))));
  T("reduce empty", M(A0(), "reduce", F(add, 2)));
  T("reduce only holes", M(A(TSN_EMPTY, TSN_EMPTY), "reduceRight", F(add, 2)));
  T("map this", M(A(N(1), N(2)), "map", F(this_plus, 1), N(100)));
  T("map 5", M(A(N(1)), "map", N(5)));
  T("forEach str", M(A(N(1)), "forEach", S("ab")));
  T("filter obj", M(A0(), "filter", NEW0(G("Object"))));
  T("reduce null", M(A0(), "reduce", TSN_NULL));
  T("map throws", M(A(N(1)), "map", F(thrower, 1)));
  T("flat", M0(A(N(1), A(N(2), A(N(3), A(N(4)))), TSN_EMPTY, N(6)), "flat"));
  T("flat inf", M(A(N(1), A(N(2), A(N(3), A(N(4), TSN_EMPTY, N(5))))), "flat", N(1.0 / 0.0)));
  T("flat 0", M(A(A(N(1)), TSN_EMPTY, A(N(2))), "flat", N(0)));
  T("flatMap", M(A(N(1), N(2)), "flatMap", F(pair, 1)));
  T("flatMap bad", M(A(N(1)), "flatMap", TSN_UNDEFINED));

  tsn_value a = A(N(1), N(2), N(3));
  T("push", A(M(a, "push", N(4), N(5)), a));
  T("pop", A(M0(a, "pop"), a));
  T("shift", A(M0(a, "shift"), a));
  T("unshift", A(M(a, "unshift", N(-1), N(0)), a));
  T("pop empty", A(M0(A0(), "pop"), M0(A0(), "shift")));
  T("shift holes", A(M0(holey, "shift"), holey));
  tsn_value s = A(N(1), N(2), N(3), N(4), N(5));
  T("splice", A(M(s, "splice", N(1), N(2), S("a"), S("b"), S("c")), s));
  T("splice start", A(M(s, "splice", N(-2)), s));
  T("splice none", A(M0(s, "splice"), s));
  T("splice insert", A(M(s, "splice", N(1), N(0), S("x")), s));
  T("splice shrink", A(M(s, "splice", N(0), N(3), S("y")), s));
  T("splice holes", A(M(A(N(1), TSN_EMPTY, N(3), TSN_EMPTY), "splice", N(1), N(2)), N(0)));
  T("fill", A(M(A(N(1), N(2), N(3)), "fill", N(0), N(-2)), M(A(N(1), N(2), N(3)), "fill", N(9)), M(NEW(Array, N(3)), "fill", S("z"), N(1), N(2))));
  T("copyWithin", A(M(A(N(1), N(2), N(3), N(4), N(5)), "copyWithin", N(0), N(3), N(4)),
                    M(A(N(1), N(2), N(3), N(4), N(5)), "copyWithin", N(-2), N(-3), N(-1)),
                    M(A(N(1), N(2), N(3), N(4), N(5)), "copyWithin", N(1), N(0))));
  T("toReversed", M0(holey, "toReversed"));
  T("toSpliced", A(M(A(N(1), N(2), N(3)), "toSpliced", N(1), N(1), S("x"), S("y")), M(holey, "toSpliced", N(1))));
  T("with", A(M(A(N(1), N(2)), "with", N(-1), S("z")), M(holey, "with", N(0), N(0))));
  T("with range", M(A(N(1)), "with", N(1), N(0)));
  T("with range neg", M(A(N(1)), "with", N(-2), N(0)));
  T("with range frac", M(A(N(1)), "with", N(1.5), N(0)));
  T("keys", M(Array, "from", M0(holey, "keys")));
  T("values", M(Array, "from", M0(holey, "values")));
  T("entries", M(Array, "from", M0(A(S("a"), S("b")), "entries")));
  T("iterator is values", tsn_from_bool(tsn_get(P(Array, "prototype"), tsn_intrinsics.symbol_iterator) == P(P(Array, "prototype"), "values")));
  tsn_value frozen = A(N(1), N(2));
  M(G("Object"), "freeze", frozen);
  T("frozen push", M(frozen, "push", N(3)));
  T("frozen pop", M0(frozen, "pop"));
  T("frozen unchanged", frozen);
  T("generic map", M(P(P(Array, "prototype"), "map"), "call", like, F(twice, 1)));
  T("generic push", A(M(P(P(Array, "prototype"), "push"), "call", like, S("w")), P(like, "length"), P(like, "3")));
  T("generic join", M(P(P(Array, "prototype"), "join"), "call", S("abc"), S("+")));
  T("map on null", M(P(P(Array, "prototype"), "map"), "call", TSN_NULL, F(twice, 1)));
  T("fn lengths", A(P(P(P(Array, "prototype"), "push"), "length"), P(P(P(Array, "prototype"), "splice"), "length"),
                   P(P(P(Array, "prototype"), "reduce"), "length"), P(P(Array, "from"), "length"), P(Array, "length")));

  /* a non-writable length: writes that would change it throw, after the spec's earlier steps */
  tsn_value fl = fixed_length();
  T("fixed push", M(fl, "push", N(4)));
  T("fixed push0", M0(fl, "push"));
  T("fixed unshift", M(fl, "unshift", N(0)));
  T("fixed after", fl);
  T("fixed pop", M0(fl, "pop"));
  T("fixed pop after", fl);
  fl = fixed_length();
  T("fixed shift", M0(fl, "shift"));
  T("fixed shift after", fl);
  fl = fixed_length();
  T("fixed splice grow", M(fl, "splice", N(1), N(0), N(7)));
  T("fixed splice shrink", M(fl, "splice", N(1), N(1)));
  T("fixed splice after", fl);
  T("fixed in place", A(M0(fixed_length(), "reverse"), M(fixed_length(), "fill", N(0), N(1)), M(fixed_length(), "copyWithin", N(0), N(1))));
  T("fixed copies", A(M(fixed_length(), "map", F(twice, 1)), M(fixed_length(), "concat", A(N(4))), M(fixed_length(), "slice", N(1))));

  /* ArraySpeciesCreate and Array.of/from on a subclass */
  Sub = F(sub_ctor, 0);
  tsn_as_function(Sub)->flags |= TSN_FNF_CONSTRUCTOR;
  tsn_value sub_proto = tsn_from_cell(tsn_object_new(tsn_as_object(P(Array, "prototype"))));
  tsn_define_own(tsn_as_object(Sub), tsn_str_intern_ascii("prototype"), sub_proto, 0);
  tsn_define_own(tsn_as_object(sub_proto), tsn_str_intern_ascii("constructor"), Sub, TSN_ATTR_HIDDEN);
  tsn_set_prototype_of(tsn_as_object(Sub), tsn_as_object(Array));
  tsn_value sub = NEW(Sub, N(1), N(2), N(3), N(4));
  T("species instance", is_sub(sub));
  T("species getter", A(tsn_from_bool(tsn_get(Sub, tsn_intrinsics.symbol_species) == Sub),
                        tsn_from_bool(tsn_get(Array, tsn_intrinsics.symbol_species) == Array),
                        P(P(M(G("Object"), "getOwnPropertyDescriptor", Array, tsn_intrinsics.symbol_species), "get"), "name")));
  T("species map", is_sub(M(sub, "map", F(twice, 1))));
  T("species filter", is_sub(M(sub, "filter", F(is_even, 1))));
  T("species slice", is_sub(M(sub, "slice", N(1), N(3))));
  T("species splice", is_sub(M(sub, "splice", N(0), N(1))));
  T("species concat", is_sub(M(sub, "concat", A(N(9), TSN_EMPTY), N(10))));
  T("species flat", is_sub(M0(NEW(Sub, A(N(1)), A(N(2), A(N(3)))), "flat")));
  T("species flatMap", is_sub(M(sub, "flatMap", F(pair, 1))));
  T("species map holes", is_sub(M(NEW(Sub, N(3)), "map", F(twice, 1))));
  T("species of", is_sub(M(Sub, "of", N(7), N(8))));
  T("species from", is_sub(M(Sub, "from", A(N(1), N(2)), F(twice, 1))));
  T("species from array-like", is_sub(M(Sub, "from", like)));
  T("species copies are plain", A(is_sub(M0(sub, "toSorted")), is_sub(M0(sub, "toReversed")), is_sub(M(sub, "with", N(0), N(0)))));
  T("species ctor undefined", is_sub(M(with_constructor(TSN_UNDEFINED), "map", F(twice, 1))));
  T("species ctor 5", M(with_constructor(N(5)), "map", F(twice, 1)));
  T("species ctor null", M(with_constructor(TSN_NULL), "slice", N(0)));
  T("species null", is_sub(M(with_constructor(species_holder(TSN_NULL)), "filter", F(is_even, 1))));
  T("species not constructor", M(with_constructor(species_holder(F(twice, 1))), "concat"));
  T("species via holder", is_sub(M(with_constructor(species_holder(Sub)), "map", F(twice, 1))));
  tsn_value ap = P(Array, "prototype");
  tsn_set(ap, tsn_str_intern_ascii("constructor"), Sub);
  T("species proto constructor", is_sub(M(A(N(1), N(2)), "map", F(twice, 1))));
  tsn_set(ap, tsn_str_intern_ascii("constructor"), Array);
  T("species proto restored", is_sub(M(A(N(1), N(2)), "map", F(twice, 1))));
  tsn_value saved = M(G("Object"), "getOwnPropertyDescriptor", Array, tsn_intrinsics.symbol_species);
  tsn_value redefined = NEW0(G("Object"));
  tsn_set(redefined, tsn_str_intern_ascii("get"), F(get_sub, 0));
  tsn_set(redefined, tsn_str_intern_ascii("configurable"), TSN_TRUE);
  M(G("Object"), "defineProperty", Array, tsn_intrinsics.symbol_species, redefined);
  T("species redefined", is_sub(M(A(N(1), N(2)), "slice", N(0))));
  M(G("Object"), "defineProperty", Array, tsn_intrinsics.symbol_species, saved);
  T("species redefined restored", is_sub(M(A(N(1), N(2)), "slice", N(0))));
}
