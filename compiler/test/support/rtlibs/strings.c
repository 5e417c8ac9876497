/* strings.c — String constructor and String.prototype; strings.mjs is the same in JavaScript. */
#include "testlib.h"

static tsn_value upper_callback(tsn_object *c, tsn_value t, int argc, const tsn_value *argv, tsn_value nt) {
  return tsn_str_concat(tsn_str_concat(M0(argv[0], "toUpperCase"), tsn_to_string(argv[1])), tsn_to_string(P(argv[2], "length")));
}

void tsn_program_main(void) {
  tsn_value String = G("String");
  T("String()", CALL(String));
  T("String(sym)", CALL(String, tsn_call(G("Symbol"), TSN_UNDEFINED, 1, (tsn_value[]){S("desc")}, NULL)));
  T("String(num)", CALL(String, N(-0.0)));
  T("String(arr)", CALL(String, A(N(1), TSN_NULL, N(2))));
  T("new String", P(NEW(String, S("héllo")), "length"));
  T("new String valueOf", M0(NEW(String, S("abc")), "valueOf"));
  T("new String index", tsn_get_index(NEW(String, S("abc")), N(1)));
  T("fromCharCode", M(String, "fromCharCode", N(72), N(105), N(65601), N(-1)));
  T("fromCodePoint", M(String, "fromCodePoint", N(0x1F600), N(65), N(0xD800)));
  T("fromCodePoint -1", M(String, "fromCodePoint", N(-1)));
  T("fromCodePoint 1.5", M(String, "fromCodePoint", N(1.5)));
  T("fromCodePoint big", M(String, "fromCodePoint", N(0x110000)));
  T("fromCodePoint str", M(String, "fromCodePoint", S("abc")));
  T("raw", M(String, "raw", NEW0(G("Object")), N(1)));
  tsn_value tmpl = NEW0(G("Object"));
  tsn_set(tmpl, tsn_str_intern_ascii("raw"), A(S("a"), S("b"), S("c")));
  T("raw2", M(String, "raw", tmpl, N(1), N(2), N(3)));

  tsn_value s = S("Hello, wörld! 😀");
  T("length", P(s, "length"));
  T("charAt", M(s, "charAt", N(7)));
  T("charAt out", M(s, "charAt", N(99)));
  T("charCodeAt", M(s, "charCodeAt", N(8)));
  T("charCodeAt NaN", M(s, "charCodeAt", N(-1)));
  T("codePointAt", M(s, "codePointAt", N(14)));
  T("codePointAt low", M(s, "codePointAt", N(15)));
  T("codePointAt out", M(s, "codePointAt", N(16)));
  T("at", M(s, "at", N(-1)));
  T("at -20", M(s, "at", N(-20)));
  T("slice", M(s, "slice", N(-9), N(-3)));
  T("slice rev", M(s, "slice", N(5), N(2)));
  T("substring swap", M(s, "substring", N(5), N(2)));
  T("substring NaN", M(s, "substring", N(0.0 / 0.0), N(3)));
  T("substr", M(s, "substr", N(-6), N(3)));
  T("substr neg len", M(s, "substr", N(1), N(-3)));
  T("indexOf", M(s, "indexOf", S("o")));
  T("indexOf from", M(s, "indexOf", S("o"), N(5)));
  T("indexOf empty", M(s, "indexOf", S(""), N(100)));
  T("lastIndexOf", M(s, "lastIndexOf", S("o")));
  T("lastIndexOf from", M(s, "lastIndexOf", S("l"), N(3)));
  T("lastIndexOf neg", M(s, "lastIndexOf", S("H"), N(-5)));
  T("includes", M(s, "includes", S("wör")));
  T("includes from", M(s, "includes", S("H"), N(1)));
  T("startsWith", M(s, "startsWith", S("ello"), N(1)));
  T("endsWith", M(s, "endsWith", S("wörld"), N(12)));
  T("endsWith no", M(s, "endsWith", S("x")));
  T("split", M(S("a,b,,c,"), "split", S(",")));
  T("split limit", M(S("a,b,,c,"), "split", S(","), N(2)));
  T("split limit 0", M(S("a,b"), "split", S(","), N(0)));
  T("split empty sep", M(S("a😀b"), "split", S("")));
  T("split empty sep limit", M(S("abc"), "split", S(""), N(2)));
  T("split undefined", M(S("a,b"), "split", TSN_UNDEFINED));
  T("split empty string", M(S(""), "split", S(",")));
  T("split empty both", M(S(""), "split", S("")));
  T("split multi", M(S("one--two----three"), "split", S("--")));
  T("split num", M(S("1a1b1"), "split", N(1)));
  T("trim", M0(S(" \t\n\u00a0\ufeff x y \u2028\u3000"), "trim"));
  T("trimStart", M0(S("  x  "), "trimStart"));
  T("trimEnd", M0(S("  x  "), "trimEnd"));
  T("trimLeft is trimStart", tsn_from_bool(P(s, "trimLeft") == P(s, "trimStart")));
  T("padStart", M(S("5"), "padStart", N(3), S("0")));
  T("padStart multi", M(S("abc"), "padStart", N(10), S("123")));
  T("padEnd", M(S("abc"), "padEnd", N(6)));
  T("padEnd empty fill", M(S("abc"), "padEnd", N(6), S("")));
  T("padStart short", M(S("abc"), "padStart", N(2), S("x")));
  T("padStart huge", M(S("abc"), "padStart", N(1e10)));
  T("repeat", M(S("ab"), "repeat", N(3)));
  T("repeat 0", M(S("ab"), "repeat", N(0)));
  T("repeat -1", M(S("ab"), "repeat", N(-1)));
  T("repeat -1.5", M(S("ab"), "repeat", N(-1.5)));
  T("repeat Infinity", M(S("ab"), "repeat", N(1.0 / 0.0)));
  T("repeat huge", M(S("ab"), "repeat", N(1 << 29)));
  T("repeat empty huge", M(S(""), "repeat", N(1e10)));
  T("concat", M(S("a"), "concat", N(1), TSN_NULL, A(N(2), N(3))));
  T("replace", M(S("aXbXc"), "replace", S("X"), S("[$$|$&|$`|$'|$1|$<n>|$0|$]")));
  T("replace none", M(S("abc"), "replace", S("z"), S("y")));
  T("replace empty", M(S("abc"), "replace", S(""), S("_")));
  T("replace fn", M(S("a-b-c"), "replace", S("-"), F(upper_callback, 3)));
  T("replaceAll", M(S("a-b-c"), "replaceAll", S("-"), S("+")));
  T("replaceAll empty", M(S("abc"), "replaceAll", S(""), S("-")));
  T("replaceAll fn", M(S("xaxbx"), "replaceAll", S("x"), F(upper_callback, 3)));
  T("replaceAll overlap", M(S("aaaa"), "replaceAll", S("aa"), S("b")));
  T("replace non-fn", M(S("abc"), "replace", S("b"), N(5)));
  T("search", A(M(s, "search", S("o")), M(s, "search", S("zz")), M0(s, "search"), M(s, "search", N(1))));
  T("match", M(s, "match", S("wö")));
  T("match props", A(P(M(s, "match", S("l")), "index"), P(M(s, "match", S("l")), "input"), M(s, "match", S("zz")), M0(S("ab"), "match")));
  T("localeCompare", A(M(S("a"), "localeCompare", S("B")), M(S("a"), "localeCompare", S("A")), M(S("item10"), "localeCompare", S("item9")),
                       M(S("a-b"), "localeCompare", S("ab")), M(S("x"), "localeCompare", S("x"))));
  T("toString", M0(s, "toString"));
  T("valueOf bad", tsn_call(P(s, "valueOf"), N(5), 0, NULL, NULL));
  T("toString bad", tsn_call(P(s, "toString"), NEW0(G("Object")), 0, NULL, NULL));
  T("trim on null", tsn_call(P(s, "trim"), TSN_NULL, 0, NULL, NULL));
  T("at on undefined", tsn_call(P(s, "at"), TSN_UNDEFINED, 0, NULL, NULL));
  T("indexOf on number", tsn_call(P(s, "indexOf"), N(12345), 1, (tsn_value[]){N(3)}, NULL));
  T("isWellFormed", M0(U(0x61, 0xD800), "isWellFormed"));
  T("isWellFormed pair", M0(U(0x61, 0xD83D, 0xDE00), "isWellFormed"));
  T("toWellFormed", M0(U(0xDC00, 0x61, 0xD800), "toWellFormed"));
  T("length prop", P(P(String, "prototype"), "length"));
  T("fn lengths", A(P(P(P(String, "prototype"), "padStart"), "length"), P(P(P(String, "prototype"), "replace"), "length"),
                   P(P(String, "fromCharCode"), "length"), P(String, "length")));
  T("fn names", A(P(P(P(String, "prototype"), "trimLeft"), "name"),
                 P(tsn_get(P(String, "prototype"), tsn_intrinsics.symbol_iterator), "name")));
}
