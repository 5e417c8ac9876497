/* sort.c — Array.prototype.sort / toSorted (V8's TimSort, exact comparator call sequence); see sort.mjs. */
#include "testlib.h"

#define CB(name) static tsn_value name(tsn_object *c, tsn_value t, int argc, const tsn_value *argv, tsn_value nt)

static double compares;

CB(numeric) { compares++; return tsn_op_sub(argv[0], argv[1]); }
CB(greater_bool) { compares++; return tsn_from_bool(tsn_op_gt(argv[0], argv[1])); }
CB(by_key) { compares++; return tsn_op_sub(P(argv[0], "k"), P(argv[1], "k")); }
CB(always_nan) { compares++; return N(0.0 / 0.0); }
CB(string_result) { compares++; return tsn_op_lt(argv[0], argv[1]) ? S("-1") : S("1"); }
/* A deterministic but inconsistent comparator: a hash of both values picks -1, 0 or 1. */
CB(chaotic) {
  compares++;
  uint32_t x = (uint32_t)tsn_to_int32(argv[0]), y = (uint32_t)tsn_to_int32(argv[1]);
  uint32_t h = (x * 2654435761u) ^ (y * 40503u);
  h ^= h >> 13;
  h *= 0x5bd1e995u;
  h ^= h >> 15;
  return N((double)(h % 3) - 1);
}
CB(thrower) { tsn_throw_type_error("cmp failed"); }
CB(tostring_x) { return S("x"); }

/* n pseudo-random integers in [0, range) (a linear congruential generator, as sort.mjs). */
static tsn_value random_array(uint32_t n, uint32_t range, uint32_t seed) {
  tsn_value a = A0();
  for (uint32_t i = 0; i < n; i++) {
    seed = seed * 1103515245u + 12345u;
    tsn_array_push(a, N((seed >> 8) % range));
  }
  return a;
}

static tsn_value with_count(tsn_value result) {
  tsn_value r = A(result, N(compares));
  compares = 0;
  return r;
}

static tsn_value keyed(double k, const char *tag) {
  tsn_value o = NEW0(G("Object"));
  tsn_set(o, tsn_str_intern_ascii("k"), N(k));
  tsn_set(o, tsn_str_intern_ascii("t"), tsn_str_intern_ascii(tag));
  return o;
}

void tsn_program_main(void) {
  T("default", M0(A(N(10), N(9), N(1), N(100), N(-1), N(-10), N(0.5), N(-0.0), S("b"), S("a"), S("B"), S("")), "sort"));
  T("default mix", M0(A(N(3), TSN_UNDEFINED, N(1), TSN_EMPTY, S("b"), N(10), TSN_NULL, TSN_TRUE, S("a"), N(2), TSN_UNDEFINED), "sort"));
  T("default surrogates", M0(A(U(0xFF61), U(0xD83D, 0xDE00), U(0xE000), S("z")), "sort"));
  tsn_value obj = NEW0(G("Object"));
  tsn_set(obj, tsn_str_intern_ascii("toString"), F(tostring_x, 0));
  T("default objects", M0(A(S("y"), obj, S("w"), A(N(1), N(2)), A0()), "sort"));
  T("numeric", with_count(M(A(N(10), N(9), N(1), N(100), N(-1)), "sort", F(numeric, 2))));
  T("bool comparator", with_count(M(A(N(5), N(1), N(4), N(2), N(3)), "sort", F(greater_bool, 2))));
  T("bool comparator 40", with_count(M(random_array(40, 50, 7), "sort", F(greater_bool, 2))));
  T("nan comparator", with_count(M(A(N(3), N(1), N(2)), "sort", F(always_nan, 2))));
  T("string comparator", with_count(M(A(N(3), N(1), N(2), N(5), N(4)), "sort", F(string_result, 2))));
  T("stable", M(A(keyed(1, "a"), keyed(0, "b"), keyed(1, "c"), keyed(0, "d"), keyed(1, "e"), keyed(0, "f")), "sort", F(by_key, 2)));
  T("chaotic 10", with_count(M(random_array(10, 100, 1), "sort", F(chaotic, 2))));
  T("chaotic 100", with_count(M(random_array(100, 100, 2), "sort", F(chaotic, 2))));
  T("chaotic 1000", with_count(M(random_array(1000, 1000, 3), "sort", F(chaotic, 2))));
  T("numeric 2000", with_count(M(random_array(2000, 100000, 4), "sort", F(numeric, 2))));
  T("numeric runs", with_count(M(M(M0(random_array(300, 1000, 5), "toSorted"), "concat", random_array(300, 10, 6)), "sort", F(numeric, 2))));
  tsn_value desc = A0();
  for (int i = 500; i > 0; i--) tsn_array_push(desc, N(i % 97));
  T("descending runs", with_count(M(desc, "sort", F(numeric, 2))));
  T("default 300", M0(random_array(300, 1000, 8), "sort"));
  T("holes kept at end", M0(A(N(3), TSN_EMPTY, N(1), TSN_UNDEFINED, TSN_EMPTY), "sort"));
  T("sort returns this", tsn_from_bool(tsn_op_strict_equals(desc, M0(desc, "sort"))));
  T("bad comparator", M(A(N(1)), "sort", N(5)));
  T("bad comparator obj", M(A(N(1)), "sort", NEW0(G("Object"))));
  T("bad comparator str", M(A0(), "sort", S("ab")));
  T("throwing comparator", M(A(N(2), N(1)), "sort", F(thrower, 2)));
  T("symbols", M0(A(tsn_call(G("Symbol"), TSN_UNDEFINED, 0, NULL, NULL)), "sort"));
  T("symbols compare", M0(A(tsn_call(G("Symbol"), TSN_UNDEFINED, 0, NULL, NULL), N(1)), "sort"));
  tsn_value like = NEW0(G("Object"));
  tsn_set(like, tsn_str_intern_ascii("length"), N(4));
  tsn_set(like, tsn_str_intern_ascii("0"), S("d"));
  tsn_set(like, tsn_str_intern_ascii("1"), S("a"));
  tsn_set(like, tsn_str_intern_ascii("3"), S("b"));
  T("array-like", M(P(P(G("Array"), "prototype"), "sort"), "call", like));
  tsn_value orig = A(N(3), TSN_EMPTY, N(1));
  T("toSorted", A(M0(orig, "toSorted"), orig));
  T("toSorted cmp", M(A(N(3), N(20), N(100)), "toSorted", F(numeric, 2)));
  T("toSorted bad", M(A0(), "toSorted", TSN_NULL));
}
