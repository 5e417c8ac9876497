/*
 * substitution.c — GetSubstitution (ECMA-262 22.1.3.19.1).
 */
#include "conv.h"
#include "object.h"
#include "substitution.h"

void tsn_get_substitution(tsn_strbuf *b, tsn_value matched, tsn_value str, uint32_t position, const tsn_value *captures,
                          uint32_t n_captures, tsn_value named_captures, tsn_value tmpl) {
  const uint16_t *t = tsn_str_chars(tmpl), *u = tsn_str_chars(str);
  uint32_t tlen = tsn_str_length(tmpl), slen = tsn_str_length(str), mlen = tsn_str_length(matched);
  uint32_t tail = position + mlen > slen ? slen : position + mlen;
  for (uint32_t i = 0; i < tlen; i++) {
    if (t[i] != '$' || i + 1 >= tlen) {
      tsn_strbuf_push_unit(b, t[i]);
      continue;
    }
    uint16_t c = t[i + 1];
    if (c == '$') { tsn_strbuf_push_unit(b, '$'); i++; continue; }
    if (c == '&') { tsn_strbuf_push_string(b, matched); i++; continue; }
    if (c == '`') { tsn_strbuf_push_units(b, u, position > slen ? slen : position); i++; continue; }
    if (c == '\'') { if (tail < slen) tsn_strbuf_push_units(b, u + tail, slen - tail); i++; continue; }
    if (c >= '0' && c <= '9') {
      uint32_t digits = i + 2 < tlen && t[i + 2] >= '0' && t[i + 2] <= '9' ? 2 : 1;
      uint32_t index = digits == 2 ? (uint32_t)(c - '0') * 10 + (uint32_t)(t[i + 2] - '0') : (uint32_t)(c - '0');
      if (index > n_captures && digits == 2) {
        digits = 1;
        index = (uint32_t)(c - '0');
      }
      if (index >= 1 && index <= n_captures) {
        tsn_value capture = captures[index - 1];
        if (!tsn_is_undefined(capture)) tsn_strbuf_push_string(b, capture);
      } else {
        tsn_strbuf_push_units(b, t + i, 1 + digits);
      }
      i += digits;
      continue;
    }
    if (c == '<' && !tsn_is_undefined(named_captures)) {
      uint32_t close = i + 2;
      while (close < tlen && t[close] != '>') close++;
      if (close >= tlen) {
        tsn_strbuf_push_units(b, t + i, 2);
        i++;
        continue;
      }
      tsn_value name = tsn_str_from_utf16(t + i + 2, close - i - 2);
      tsn_value capture = tsn_get(named_captures, tsn_to_property_key(name));
      if (!tsn_is_undefined(capture)) tsn_strbuf_push_string(b, tsn_to_string(capture));
      i = close;
      continue;
    }
    tsn_strbuf_push_unit(b, '$');
  }
}
