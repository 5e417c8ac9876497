/* Strings: ropes from 1e6 concatenations (left- and right-leaning), flattening, concat coercions,
 * comparison, UTF-8 output of astral and lone-surrogate code units, UTF-8 decoding. Mirrors strings.mjs. */
#include "rt_test.h"

void tsn_program_main(void) {
  tsn_value s = S("");
  for (int i = 0; i < 1000000; i++) s = tsn_op_add(s, S("ab"));
  p(N(tsn_str_length(s)));
  p(tsn_str_substring(s, 999990, 1000000));
  tsn_value t = S("");
  for (int i = 0; i < 100000; i++) t = tsn_op_add(tsn_str_from_code_unit((uint16_t)('a' + i % 26)), t);
  p(N(tsn_str_length(t)));
  p(tsn_str_substring(t, 0, 30));
  tsn_value u = S("");
  for (int i = 0; i < 1000; i++) u = (i % 2) ? tsn_op_add(u, tsn_op_add(S("<"), N(i))) : tsn_op_add(tsn_op_add(N(i), S(">")), u);
  p(N(tsn_str_length(u)));
  p(tsn_str_substring(u, 0, 40));
  p(tsn_op_add(S("x"), N(1.5)));
  p(tsn_op_add(N(1), S("2")));
  p(tsn_op_add(N(1), N(2)));
  p(tsn_op_add(TSN_NULL, S("a")));
  p(tsn_op_add(TSN_UNDEFINED, N(1)));
  p(tsn_op_add(TSN_TRUE, N(1)));
  p(tsn_op_add(S("v"), N(-0.0)));
  p(tsn_op_add(S("big"), N(1e21)));
  tsn_value rope = tsn_op_add(tsn_op_add(S("abcdefghijklmnopqrstuvwxyz"), S("0123456789")), S("!"));
  p(tsn_from_bool(tsn_op_strict_equals(rope, S("abcdefghijklmnopqrstuvwxyz0123456789!"))));
  p(tsn_from_bool(tsn_op_strict_equals(rope, S("abcdefghijklmnopqrstuvwxyz0123456789?"))));
  p(tsn_from_bool(tsn_op_lt(S("a"), S("b"))));
  p(tsn_from_bool(tsn_op_lt(S("B"), S("a"))));
  p(tsn_from_bool(tsn_op_lt(S("ab"), S("abc"))));
  p(tsn_from_bool(tsn_op_ge(S("abd"), S("abc"))));
  const char utf8[] = "h\xc3\xa9llo \xe2\x82\xac\xf0\x9d\x84\x9e";
  tsn_value w = tsn_str_from_utf8(utf8, sizeof utf8 - 1);
  p(N(tsn_str_length(w)));
  p(w);
  uint16_t lone[] = {0xD800, 'x', 0xDC00};
  p(tsn_str_from_utf16(lone, 3));
  const char bad[] = "a\xf0\x9f\x98" "b\xc0\xaf" "c";
  p(tsn_str_from_utf8(bad, sizeof bad - 1));
  p(N((double)tsn_str_index_of(S("hello world"), S("o"), 5)));
  p(N((double)tsn_str_index_of(S("hello world"), S("z"), 0)));
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  for (int i = 0; i < 100000; i++) tsn_strbuf_push_ascii(&b, "xy");
  p(N(tsn_str_length(tsn_strbuf_finish(&b))));
}
