/* Conversions and operators: ToPrimitive through valueOf/toString/Symbol.toPrimitive (with call
 * order), the == and === tables, typeof, relational comparison, ToString of numbers, ToInt32 and the
 * bitwise/arithmetic operators. Mirrors conversions.mjs. */
#include "rt_test.h"

#define FN(name) static tsn_value name(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target)

FN(log_valueOf) { pc("valueOf called"); return get(this_value, "v"); }
FN(log_toString) { pc("toString called"); return get(this_value, "s"); }
FN(obj_valueOf) { pc("valueOf returns object"); return this_value; }
FN(to_prim) {
  p(tsn_op_add(S("hint "), argv[0]));
  return S("prim");
}

static tsn_value make_vo(double v, const char *s) {
  tsn_value o = tsn_new_object();
  set(o, "v", N(v));
  set(o, "s", S(s));
  set(o, "valueOf", tsn_function_new(log_valueOf, NULL, S("valueOf"), 0, TSN_FN_METHOD));
  set(o, "toString", tsn_function_new(log_toString, NULL, S("toString"), 0, TSN_FN_METHOD));
  return o;
}

void tsn_program_main(void) {
  tsn_value vo = make_vo(7, "seven");
  p(tsn_op_add(vo, N(1)));
  p(tsn_op_add(S("x"), vo));
  p(tsn_to_string(vo));
  p(tsn_op_mul(vo, N(2)));
  p(tsn_from_bool(tsn_op_lt(vo, N(8))));
  p(tsn_from_bool(tsn_op_loose_equals(vo, N(7))));
  tsn_value bad = tsn_new_object();
  set(bad, "valueOf", tsn_function_new(obj_valueOf, NULL, S("valueOf"), 0, TSN_FN_METHOD));
  set(bad, "toString", tsn_function_new(obj_valueOf, NULL, S("toString"), 0, TSN_FN_METHOD));
  TRY(tsn_op_add(bad, N(1)));
  tsn_value tp = tsn_new_object();
  tsn_set(tp, tsn_intrinsics.symbol_to_primitive, tsn_function_new(to_prim, NULL, S("[Symbol.toPrimitive]"), 1, TSN_FN_METHOD));
  p(tsn_op_add(tp, S("")));
  p(tsn_to_string(tp));
  p(tsn_op_sub(tp, N(1)));
  tsn_value sym = tsn_symbol_new(S("d"));
  TRY(tsn_to_string(sym));
  TRY(tsn_op_add(sym, N(1)));
  TRY(tsn_op_add(S(""), sym));
  p(tsn_symbol_descriptive_string(sym));

  tsn_value vals[] = {TSN_UNDEFINED, TSN_NULL, TSN_TRUE, TSN_FALSE, N(0), N(-0.0), N(1), N(0.0 / 0.0), S(""), S("0"), S("1"), S(" 1 "), S("abc"), tsn_new_object(), sym};
  int n = (int)(sizeof vals / sizeof vals[0]);
  for (int i = 0; i < n; i++) {
    tsn_strbuf b;
    tsn_strbuf_init(&b);
    for (int j = 0; j < n; j++) {
      bool loose = (tsn_is_symbol(vals[i]) || tsn_is_symbol(vals[j])) ? tsn_op_strict_equals(vals[i], vals[j]) : tsn_op_loose_equals(vals[i], vals[j]);
      tsn_strbuf_push_unit(&b, loose ? '1' : '0');
      tsn_strbuf_push_unit(&b, tsn_op_strict_equals(vals[i], vals[j]) ? '1' : '0');
      tsn_strbuf_push_unit(&b, ' ');
    }
    p(tsn_strbuf_finish(&b));
    p(tsn_op_typeof(vals[i]));
    p(tsn_from_bool(tsn_to_boolean(vals[i])));
    if (!tsn_is_symbol(vals[i])) p(tsn_from_double(tsn_to_number(vals[i])));
  }
  p(tsn_op_typeof(G("Object")));
  p(tsn_op_typeof(tsn_intrinsics.symbol_iterator));

  double nums[] = {0.1, 1e21, 1e-7, 123456789012345680000.0, -1.5, 2147483648.0, -2147483649.0, 4294967296.5, 1.0 / 0.0, -1.0 / 0.0, 5e-324, 1.7976931348623157e308, 0.000001, 100};
  for (size_t i = 0; i < sizeof nums / sizeof nums[0]; i++) {
    tsn_value x = N(nums[i]);
    p(tsn_to_string(x));
    p(N(tsn_to_int32(x)));
    p(N(tsn_to_uint32(x)));
    p(tsn_op_bitor(x, N(0)));
    p(tsn_op_shr(x, N(0)));
    p(tsn_op_shl(x, N(33)));
    p(tsn_op_sar(x, N(2)));
    p(tsn_op_bitnot(x));
    p(tsn_op_mod(x, N(7)));
    p(tsn_op_mod(tsn_op_neg(x), N(7)));
    p(tsn_op_pow(x, N(2)));
    p(tsn_op_div(x, N(3)));
  }
  p(tsn_op_mod(N(5), N(0)));
  p(tsn_op_div(N(1), N(-0.0)));
  p(tsn_op_pow(N(1), N(1.0 / 0.0)));
  p(tsn_op_pow(N(2), N(0.5)));
  p(tsn_op_inc(S("41")));
  p(tsn_op_dec(TSN_NULL));
  p(tsn_op_plus(S("0x1f")));
  p(tsn_op_plus(S("1e3")));
  p(tsn_op_plus(S("  12  ")));
  p(tsn_op_plus(S("1_000")));
  p(tsn_op_neg(S("")));
  p(tsn_op_bitxor(S("12"), TSN_TRUE));
  p(tsn_from_bool(tsn_op_lt(S("10"), N(9))));
  p(tsn_from_bool(tsn_op_lt(S("10"), S("9"))));
  p(tsn_from_bool(tsn_op_le(TSN_UNDEFINED, N(0))));
  p(tsn_from_bool(tsn_op_ge(TSN_NULL, N(0))));
  p(tsn_from_bool(tsn_op_gt(N(0.0 / 0.0), N(0))));
  p(tsn_from_bool(tsn_same_value(N(0), N(-0.0))));
  p(tsn_from_bool(tsn_same_value(N(0.0 / 0.0), N(0.0 / 0.0))));
  p(tsn_from_bool(tsn_same_value_zero(N(0), N(-0.0))));
  p(tsn_from_bool(tsn_op_in(N(0), tsn_array_from((tsn_value[]){N(1)}, 1))));
}
