/* json.c — JSON.stringify and JSON.parse (errors with V8's messages, reviver); see json.mjs. */
#include "testlib.h"

#define CB(name) static tsn_value name(tsn_object *c, tsn_value t, int argc, const tsn_value *argv, tsn_value nt)
#define STRINGIFY(...) M(G("JSON"), "stringify", __VA_ARGS__)
#define PARSE(...) M(G("JSON"), "parse", __VA_ARGS__)

static tsn_value trace;

static tsn_value obj(void) { return NEW0(G("Object")); }
static void put(tsn_value o, const char *k, tsn_value v) { tsn_set(o, tsn_str_intern_ascii(k), v); }

CB(times_ten) { return tsn_is_number(argv[1]) ? tsn_op_mul(argv[1], N(10)) : argv[1]; }
CB(drop_b) { return tsn_str_equals(argv[0], S("b")) ? TSN_UNDEFINED : argv[1]; }
CB(key_json) { return tsn_op_add(S("K="), argv[0]); }
CB(self_for_a) { return tsn_str_equals(argv[0], S("a")) ? t : argv[1]; }
CB(revive_log) {
  tsn_value ctx = argc > 2 ? argv[2] : TSN_UNDEFINED;
  tsn_array_push(trace, A(argv[0], argv[1], ctx, tsn_from_bool(tsn_is_object(t))));
  if (tsn_is_number(argv[1])) return tsn_op_add(argv[1], N(1));
  if (tsn_str_equals(tsn_to_string(argv[0]), S("drop"))) return TSN_UNDEFINED;
  return argv[1];
}
CB(revive_replace) {
  tsn_array_push(trace, A(argv[0], argc > 2 ? argv[2] : TSN_UNDEFINED));
  if (tsn_str_equals(tsn_to_string(argv[0]), S("a"))) tsn_set(t, tsn_str_intern_ascii("b"), N(99));
  return argv[1];
}

static const char *bad_inputs[] = {
  "", " ", "xyz", "{", "{\"a\":1", "{\"a\" 1}", "{a:1}", "[1,]", "[1 2]", "{\"a\":1,}", "\"abc", "\"a\\x\"",
  "\"\\u12G4\"", "tru", "nul", "01", "1.", "-", "1e", ".5", "[", "]", "\"\t\"", "\"a\nb\"", "1 2", "{\"a\":1}x",
  "undefined", "NaN", "Infinity", "[object Object]", "-Infinity", "[1,2", "{\"a\":", "\"\\", "{\"x\":1,\"y\"}",
  "aaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaaa", "{\"abc\": tru}", "é", "[1,2,3,4,5,6,7,8,9,10,11,12,13,14,15,16,17,18,19,20,21,22,x]",
  "\n\n  x", "{\"a\":1 \"b\":2}", "[1,2 3]", "1e+", "-a", "+1", "'a'", "[1,,2]", "{,}", "{\"a\"}", "{\"a\":}", "123abc",
  "true false", "[1,\r\n2 x]", "[1,\r2,\n\n3 x]", "trux", "t1", "nul\"", "\"\\Ā\"", "[\r\n\r\n", "\u2028", "-01", "0x",
  "1-2", "[[[[[[[[[[[[[[[[[[[[[[[[[[x", "{\"a\":[1,{\"b\":[2,{\"c\":x}]}]}", "xxxxxxxxxxxxxxxxxxxxx", "01234567890123456789a",
};

static void parse_bad(size_t i) {
  char label[32];
  snprintf(label, sizeof label, "bad %zu", i);
  T(label, PARSE(tsn_str_from_utf8(bad_inputs[i], strlen(bad_inputs[i]))));
}

void tsn_program_main(void) {
  trace = A0();
  tsn_value o = obj();
  put(o, "b", N(1));
  put(o, "2", S("two"));
  put(o, "a", A(N(1), TSN_EMPTY, TSN_UNDEFINED, TSN_NULL, N(0.0 / 0.0), N(-0.0), N(1e21), N(1.0 / 0.0)));
  put(o, "1", obj());
  put(o, "u", TSN_UNDEFINED);
  put(o, "f", F(times_ten, 2));
  put(o, "s", tsn_call(G("Symbol"), TSN_UNDEFINED, 0, NULL, NULL));
  put(o, "nested", A(obj(), A0(), A(A0())));
  T("basic", STRINGIFY(o));
  T("indent 2", STRINGIFY(o, TSN_NULL, N(2)));
  T("indent 20", STRINGIFY(A(N(1), A(N(2))), TSN_NULL, N(20)));
  T("indent 3.7", STRINGIFY(A(N(1)), TSN_NULL, N(3.7)));
  T("indent -1", STRINGIFY(A(N(1)), TSN_NULL, N(-1)));
  T("indent str", STRINGIFY(A(N(1), A(N(2))), TSN_NULL, S("--------------x")));
  T("indent Number", STRINGIFY(A(N(1)), TSN_NULL, NEW(G("Number"), N(2))));
  T("indent String", STRINGIFY(A(N(1)), TSN_NULL, NEW(G("String"), S("ab"))));
  T("indent empty", STRINGIFY(A(obj(), A0()), TSN_NULL, N(4)));
  T("replacer fn", STRINGIFY(o, F(times_ten, 2)));
  T("replacer drop", STRINGIFY(o, F(drop_b, 2)));
  T("replacer list", STRINGIFY(o, A(S("a"), N(1), S("a"), NEW(G("String"), S("b")), obj(), N(2)), N(1)));
  T("replacer this", STRINGIFY(o, F(self_for_a, 2)));
  tsn_value tj = obj();
  put(tj, "toJSON", F(key_json, 1));
  tsn_value holder = obj();
  put(holder, "x", tj);
  put(holder, "y", A(tj));
  T("toJSON", STRINGIFY(holder));
  T("toJSON top", STRINGIFY(tj));
  T("wrappers", STRINGIFY(A(NEW(G("Number"), N(5)), NEW(G("String"), S("s")), NEW(G("Boolean"), TSN_FALSE))));
  T("strings", STRINGIFY(U(0x61, 0x22, 0x5C, 0x0A, 0x0D, 0x09, 0x08, 0x0C, 0x01, 0x1F, 0x7F, 0x2028, 0xD800, 0xDC00, 0xDC00, 0x78, 0xD800)));
  T("top undefined", STRINGIFY(TSN_UNDEFINED));
  T("top function", STRINGIFY(F(key_json, 1)));
  T("top symbol", STRINGIFY(tsn_call(G("Symbol"), TSN_UNDEFINED, 0, NULL, NULL)));
  T("top numbers", A(STRINGIFY(N(0.1)), STRINGIFY(N(-0.0)), STRINGIFY(N(0.0 / 0.0)), STRINGIFY(TSN_TRUE), STRINGIFY(TSN_NULL)));
  T("map set error", STRINGIFY(A(NEW0(G("Map")), NEW(G("Set"), A(N(1))), NEW(G("Error"), S("x")))));

  tsn_value self = obj();
  put(self, "x", N(1));
  put(self, "self", self);
  T("cycle self", STRINGIFY(self));
  tsn_value deep = obj(), p = obj(), r = obj();
  put(deep, "p", p);
  put(p, "q", A(N(1), r));
  put(r, "r", deep);
  T("cycle deep", STRINGIFY(deep));
  tsn_value ca = A(N(1));
  tsn_array_push(ca, ca);
  T("cycle array", STRINGIFY(ca));
  tsn_value l0 = obj(), cur = l0;
  const char *names[] = {"a", "b", "c", "d", "e", "f"};
  for (int i = 0; i < 6; i++) {
    tsn_value next = obj();
    put(cur, names[i], next);
    cur = next;
  }
  put(cur, "g", l0);
  T("cycle long", STRINGIFY(l0));
  tsn_value l1 = obj(), c1 = l1;
  for (int i = 0; i < 4; i++) {
    tsn_value next = obj();
    put(c1, names[i], next);
    c1 = next;
  }
  put(c1, "z", P(l1, "a"));
  T("cycle four", STRINGIFY(l1));
  T("cycle via replacer", STRINGIFY(o, F(self_for_a, 2), N(2)));

  T("parse values", A(PARSE(S(" [1, -0, 0.5e-3, 1E+2, 123456789012345678901234567890, true, false, null, \"x\"] ")),
                      PARSE(S("-0")), PARSE(S("\"\\ud834\\udd1e\\u00e9\\/\\b\\f\\n\\r\\t\\\"\\\\\"")), PARSE(S("\"\\ud800\""))));
  T("parse object", PARSE(S("{\"__proto__\":[1],\"b\":2,\"1\":3,\"a\":4,\"b\":5, \"\":{\"\":[]}}")));
  T("parse proto own", M(PARSE(S("{\"__proto__\":1}")), "hasOwnProperty", S("__proto__")));
  T("parse nested", PARSE(S("{\"a\":[{\"b\":{\"c\":[[[]]]}}],\"d\":\"\\u0000\"}")));
  T("parse toString", PARSE(A(N(1))));
  T("parse number arg", PARSE(N(12)));
  for (size_t i = 0; i < sizeof bad_inputs / sizeof bad_inputs[0]; i++) parse_bad(i);
  T("bad lone surrogate", PARSE(U(0xD800)));
  T("bad null char", PARSE(U(0x5B, 0x31, 0x00, 0x5D)));
  T("reviver", A(PARSE(S("{\"a\":[1,{\"x\":\"y\"}],\"drop\":true,\"n\":null}"), F(revive_log, 3)), trace));
  trace = A0();
  T("reviver mutation", A(PARSE(S("{\"a\":1,\"b\":2,\"c\":[3]}"), F(revive_replace, 3)), trace));
  trace = A0();
  T("reviver primitive", A(PARSE(S("5"), F(revive_log, 3)), trace));
  T("reviver non-callable", PARSE(S("[1]"), N(5)));
}
