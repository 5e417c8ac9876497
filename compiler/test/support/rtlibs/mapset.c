/* mapset.c — Map and Set, including mutation during iteration; see mapset.mjs. */
#include "testlib.h"

#define CB(name) static tsn_value name(tsn_object *c, tsn_value t, int argc, const tsn_value *argv, tsn_value nt)

static tsn_value trace, target;

/* forEach callback that records key=value and mutates the map on the way. */
CB(mutating) {
  tsn_array_push(trace, tsn_op_add(tsn_op_add(tsn_to_string(argv[1]), S("=")), tsn_to_string(argv[0])));
  double k = tsn_to_number(argv[1]);
  if (k == 1) M(target, "delete", N(2));
  if (k == 3) M(target, "set", N(10), S("ten"));
  if (k == 10) M(target, "delete", N(1));
  if (k == 4) M(target, "set", N(1), S("one again"));
  return TSN_UNDEFINED;
}
CB(set_mutating) {
  tsn_array_push(trace, tsn_to_string(argv[0]));
  if (tsn_to_number(argv[0]) < 5) M(target, "add", tsn_op_add(argv[0], N(10)));
  if (tsn_op_strict_equals(argv[0], N(11))) M0(target, "clear");
  return TSN_UNDEFINED;
}
CB(args_this) { tsn_array_push(trace, A(argv[0], argv[1], tsn_from_bool(tsn_op_strict_equals(argv[2], target)), t)); return TSN_UNDEFINED; }
CB(like_has) { return tsn_from_bool(tsn_op_lt(argv[0], N(3))); }
CB(like_keys) { return M0(A(N(0), N(-0.0), N(2), N(7)), "values"); }
CB(parity) { return tsn_op_strict_equals(tsn_op_mod(argv[0], N(2)), N(0)) ? S("even") : S("odd"); }

static tsn_value drain(tsn_value it) {
  tsn_value out = A0();
  for (int i = 0; i < 1000; i++) {
    tsn_value r = M0(it, "next");
    if (tsn_to_boolean(P(r, "done"))) return out;
    tsn_array_push(out, P(r, "value"));
  }
  return out;
}

static tsn_value take_trace(void) {
  tsn_value r = trace;
  trace = A0();
  return r;
}

void tsn_program_main(void) {
  trace = A0();
  tsn_value Map = G("Map"), Set = G("Set");
  tsn_value obj = NEW0(G("Object")), arr = A0();
  tsn_value m = NEW0(Map);
  T("set chain", tsn_from_bool(M(m, "set", N(1), S("a")) == m));
  M(m, "set", N(0.0 / 0.0), S("nan"));
  M(m, "set", N(-0.0), S("zero"));
  M(m, "set", S("k"), S("str"));
  M(m, "set", obj, S("obj"));
  M(m, "set", arr, S("arr"));
  M(m, "set", TSN_UNDEFINED, S("undef"));
  M(m, "set", TSN_NULL, S("null"));
  M(m, "set", N(1), S("a2"));
  T("map", m);
  T("size", P(m, "size"));
  T("get", A(M(m, "get", N(0.0 / 0.0)), M(m, "get", N(0)), M(m, "get", N(-0.0)), M(m, "get", tsn_op_add(S("k"), S(""))),
             M(m, "get", obj), M(m, "get", NEW0(G("Object"))), M(m, "get", A0()), M(m, "get", TSN_UNDEFINED), M0(m, "get")));
  T("has", A(M(m, "has", N(1)), M(m, "has", S("1")), M(m, "has", TSN_NULL), M(m, "has", N(2))));
  T("zero key is +0", M(G("Object"), "is", P(M0(M0(m, "keys"), "next"), "value"), N(1)));
  T("delete", A(M(m, "delete", S("k")), M(m, "delete", S("k")), P(m, "size")));
  T("keys", drain(M0(m, "keys")));
  T("values", drain(M0(m, "values")));
  T("entries", drain(M0(m, "entries")));
  T("iterator is entries", tsn_from_bool(tsn_get(P(Map, "prototype"), tsn_intrinsics.symbol_iterator) == P(P(Map, "prototype"), "entries")));
  T("clear", A(M0(m, "clear"), P(m, "size"), m));
  T("from entries", NEW(Map, A(A(N(1), N(2)), A(S("x")), A(N(1), N(3)))));
  T("from map", NEW(Map, NEW(Map, A(A(N(5), N(6))))));
  T("from null", NEW(Map, TSN_NULL));
  T("from non-iterable", NEW(Map, N(5)));
  T("from non-entry", NEW(Map, A(N(1))));
  T("call without new", CALL(Map));
  T("set without new", CALL(Set));
  T("bad receiver", M(P(P(Map, "prototype"), "get"), "call", NEW0(Set), N(1)));
  T("bad size receiver", P(P(Map, "prototype"), "size"));

  target = NEW(Map, A(A(N(1), S("a")), A(N(2), S("b")), A(N(3), S("c")), A(N(4), S("d"))));
  M(target, "forEach", F(mutating, 2));
  T("forEach mutation", A(take_trace(), target));
  M(target, "forEach", F(args_this, 3), S("THIS"));
  T("forEach args", take_trace());
  T("forEach bad", M(target, "forEach", N(5)));

  tsn_value big = NEW0(Map);
  for (int i = 0; i < 20; i++) M(big, "set", N(i), N(i * i));
  tsn_value it = M0(big, "keys");
  tsn_value first = A0();
  for (int i = 0; i < 5; i++) tsn_array_push(first, P(M0(it, "next"), "value"));
  for (int i = 0; i < 18; i += 2) M(big, "delete", N(i));
  for (int i = 100; i < 160; i++) M(big, "set", N(i), N(0));
  for (int i = 100; i < 150; i++) M(big, "delete", N(i));
  T("iterator across rebuilds", A(first, drain(it), P(big, "size")));
  tsn_value it2 = M0(big, "values");
  M0(it2, "next");
  M0(big, "clear");
  M(big, "set", S("after"), S("clear"));
  T("iterator across clear", drain(it2));
  T("done stays done", A(drain(it2), (M(big, "set", S("later"), N(1)), drain(it2))));

  tsn_value s = NEW(Set, A(N(1), N(2), N(2), N(0.0 / 0.0), N(0.0 / 0.0), N(-0.0), N(0), S("2")));
  T("set", s);
  T("set size", P(s, "size"));
  T("set add chain", tsn_from_bool(M(s, "add", N(3)) == s));
  T("set has", A(M(s, "has", N(0.0 / 0.0)), M(s, "has", N(-0.0)), M(s, "has", S("1"))));
  T("set delete", A(M(s, "delete", N(2)), M(s, "delete", N(2)), s));
  T("set entries", drain(M0(s, "entries")));
  T("set keys is values", tsn_from_bool(P(P(Set, "prototype"), "keys") == P(P(Set, "prototype"), "values")));
  T("set from string", NEW(Set, S("hello")));
  T("set from non-iterable", NEW(Set, TSN_TRUE));
  target = NEW(Set, A(N(1), N(2)));
  M(target, "forEach", F(set_mutating, 1));
  T("set forEach mutation", A(take_trace(), target));
  target = NEW(Set, A(S("x")));
  M(target, "forEach", F(args_this, 3));
  T("set forEach args", take_trace());

  tsn_value s1 = NEW(Set, A(N(1), N(2), N(3), N(4))), s2 = NEW(Set, A(N(3), N(4), N(5)));
  T("union", A(M(s1, "union", s2), M(s2, "union", s1)));
  T("intersection", A(M(s1, "intersection", s2), M(s2, "intersection", s1)));
  T("difference", A(M(s1, "difference", s2), M(s2, "difference", s1)));
  T("symmetricDifference", A(M(s1, "symmetricDifference", s2), M(s2, "symmetricDifference", s1)));
  T("subset superset disjoint", A(M(s1, "isSubsetOf", s2), M(NEW(Set, A(N(3))), "isSubsetOf", s2), M(s1, "isSupersetOf", NEW(Set, A(N(1), N(4)))),
                                  M(s1, "isSupersetOf", s2), M(s1, "isDisjointFrom", NEW(Set, A(N(9)))), M(s1, "isDisjointFrom", s2)));
  T("with map", M(s1, "union", NEW(Map, A(A(N(9), N(1))))));
  tsn_value set_like = NEW0(G("Object"));
  tsn_set(set_like, tsn_str_intern_ascii("size"), N(4));
  tsn_set(set_like, tsn_str_intern_ascii("has"), F(like_has, 1));
  tsn_set(set_like, tsn_str_intern_ascii("keys"), F(like_keys, 0));
  T("set-like", A(M(s1, "union", set_like), M(s1, "intersection", set_like), M(NEW(Set, A(N(1), N(2), N(3), N(4), N(5))), "intersection", set_like),
                  M(s1, "difference", set_like), M(s1, "symmetricDifference", set_like), M(s1, "isSupersetOf", set_like)));
  T("union number", M(s1, "union", N(5)));
  T("union array", M(s1, "union", A(N(1))));
  tsn_value neg = NEW0(G("Object"));
  tsn_set(neg, tsn_str_intern_ascii("size"), N(-1));
  T("union negative size", M(s1, "union", neg));
  tsn_set(neg, tsn_str_intern_ascii("size"), N(1));
  T("union no has", M(s1, "union", neg));
  T("union bad receiver", M(P(P(Set, "prototype"), "union"), "call", NEW0(G("Object")), s1));
  T("groupBy", M(Map, "groupBy", A(N(1), N(2), N(3), N(4), N(5)), F(parity, 1)));
  T("groupBy null", M(Map, "groupBy", TSN_NULL, F(parity, 1)));
  T("groupBy bad fn", M(Map, "groupBy", A(N(1)), N(5)));
  T("tags", A(P(P(Map, "prototype"), "constructor") == Map ? S("ok") : S("bad"),
              M(P(P(G("Object"), "prototype"), "toString"), "call", m), M(P(P(G("Object"), "prototype"), "toString"), "call", s),
              M(P(P(G("Object"), "prototype"), "toString"), "call", M0(m, "keys")),
              M(P(P(G("Object"), "prototype"), "toString"), "call", M0(s, "values"))));
  T("lengths", A(P(Map, "length"), P(P(P(Map, "prototype"), "set"), "length"), P(P(P(Set, "prototype"), "forEach"), "length")));
}
