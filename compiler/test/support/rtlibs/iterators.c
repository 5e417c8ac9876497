/* iterators.c — Array/String/Map/Set iterator objects and %IteratorPrototype%; see iterators.mjs. */
#include "testlib.h"

static tsn_value steps(tsn_value it, int n) {
  tsn_value out = A0();
  for (int i = 0; i < n; i++) tsn_array_push(out, M0(it, "next"));
  return out;
}

static tsn_value proto_of(tsn_value v) { return M(G("Object"), "getPrototypeOf", v); }
static tsn_value tag_of(tsn_value v) { return M(P(P(G("Object"), "prototype"), "toString"), "call", v); }

void tsn_program_main(void) {
  tsn_value a = A(N(1), TSN_EMPTY, N(3));
  tsn_value it = M0(a, "values");
  T("array values", steps(it, 5));
  tsn_array_push(a, N(4));
  T("done stays done", steps(it, 1));
  tsn_value grow = A(N(1));
  tsn_value git = M0(grow, "keys");
  T("growing first", steps(git, 1));
  tsn_array_push(grow, N(2));
  T("growing sees push", steps(git, 2));
  T("entries", steps(M0(A(S("a")), "entries"), 2));
  tsn_value like = NEW0(G("Object"));
  tsn_set(like, tsn_str_intern_ascii("length"), N(2));
  tsn_set(like, tsn_str_intern_ascii("0"), S("zero"));
  T("array-like values", steps(M(P(P(G("Array"), "prototype"), "values"), "call", like), 3));
  tsn_value sit = tsn_call(tsn_get(S("a😀"), tsn_intrinsics.symbol_iterator), S("a😀"), 0, NULL, NULL);
  T("string iterator", steps(sit, 3));
  tsn_value lone = U(0xDC00, 0xD800, 0x62);
  T("string lone surrogates", steps(tsn_call(tsn_get(lone, tsn_intrinsics.symbol_iterator), lone, 0, NULL, NULL), 4));
  T("string iterator on number", M(M(tsn_get(S(""), tsn_intrinsics.symbol_iterator), "call", N(42)), "next"));
  T("string iterator on null", M(tsn_get(S(""), tsn_intrinsics.symbol_iterator), "call", TSN_NULL));
  tsn_value m = NEW(G("Map"), A(A(N(1), S("a")), A(N(2), S("b"))));
  T("map iterators", A(steps(M0(m, "keys"), 1), steps(M0(m, "values"), 1), steps(M0(m, "entries"), 3)));
  tsn_value s = NEW(G("Set"), A(S("x")));
  T("set iterators", A(steps(M0(s, "values"), 2), steps(M0(s, "entries"), 1)));
  T("self iterable", tsn_from_bool(tsn_op_strict_equals(tsn_call(tsn_get(it, tsn_intrinsics.symbol_iterator), it, 0, NULL, NULL), it)));
  tsn_value iter_proto = proto_of(proto_of(it));
  T("shared prototype", A(tsn_from_bool(tsn_op_strict_equals(proto_of(proto_of(sit)), iter_proto)),
                          tsn_from_bool(tsn_op_strict_equals(proto_of(proto_of(M0(m, "keys"))), iter_proto)),
                          tsn_from_bool(tsn_op_strict_equals(proto_of(iter_proto), P(G("Object"), "prototype")))));
  T("tags", A(tag_of(it), tag_of(sit), tag_of(M0(m, "keys")), tag_of(M0(s, "keys"))));
  T("own tag", tsn_get(proto_of(it), tsn_intrinsics.symbol_to_string_tag));
  T("next props", A(P(P(proto_of(it), "next"), "name"), P(P(proto_of(it), "next"), "length"),
                    P(tsn_get(iter_proto, tsn_intrinsics.symbol_iterator), "name")));
  T("array next on object", M(P(proto_of(it), "next"), "call", NEW0(G("Object"))));
  T("array next on map iterator", M(P(proto_of(it), "next"), "call", M0(m, "keys")));
  T("map next on set iterator", M(P(proto_of(M0(m, "keys")), "next"), "call", M0(s, "keys")));
  T("string next on array iterator", M(P(proto_of(sit), "next"), "call", it));
  T("keys of empty", steps(M0(A0(), "keys"), 1));
}
