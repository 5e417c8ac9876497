#include "testlib.h"
void tsn_program_main(void) {
  T("upper", M0(S("straße"), "toUpperCase"));
  T("split", M(S("a,b,,c"), "split", S(",")));
  T("map", NEW(G("Map"), A(A(N(1), S("x")))));
  T("json", M(G("JSON"), "stringify", A(N(1), S("a\n"), TSN_NULL)));
  T("parse", M(G("JSON"), "parse", S("{\"a\":[1,2,{\"b\":null}]}")));
  T("bad", M(G("JSON"), "parse", S("{a")));
  T("sort", M0(A(N(3), N(1), N(10), N(2)), "sort"));
  T("iter", M0(M0(A(N(3), N(1)), "entries"), "next"));
}
