/*
 * regexp_case.c — Canonicalize (ECMA-262 22.2.2.7.3) for the matcher and the class closure.
 */
#include "alloc.h"
#include "regexp.h"
#include "regexp_case.h"
#include "unicode_case.h"

static uint32_t *legacy_pairs;
static uint32_t legacy_count;

/* Non-unicode Canonicalize: toUppercase of the single code unit, kept only when it is one code
 * unit and does not map a non-ASCII character into ASCII. */
static uint32_t legacy_canonicalize(uint32_t ch) {
  uint16_t out[TSN_CASE_MAX_UNITS];
  if (tsn_case_to_upper(ch, out) != 1) return ch;
  if (ch >= 128 && out[0] < 128) return ch;
  return out[0];
}

const uint32_t *tsn_re_case_pairs(bool unicode, uint32_t *count) {
  if (unicode) {
    *count = tsn_re_unicode_fold_count;
    return tsn_re_unicode_fold_pairs;
  }
  if (!legacy_pairs) {
    uint32_t n = 0;
    for (uint32_t ch = 0; ch < 0x10000; ch++) n += legacy_canonicalize(ch) != ch;
    /* Representatives map to themselves; list them too so that each class is complete. */
    uint32_t *pairs = tsn_alloc_atomic((size_t)n * 4 * sizeof(uint32_t));
    uint8_t *is_rep = tsn_alloc_atomic(0x10000);
    memset(is_rep, 0, 0x10000);
    for (uint32_t ch = 0; ch < 0x10000; ch++) {
      uint32_t c = legacy_canonicalize(ch);
      if (c != ch) is_rep[c] = 1;
    }
    uint32_t k = 0;
    for (uint32_t ch = 0; ch < 0x10000; ch++) {
      uint32_t c = legacy_canonicalize(ch);
      if (c != ch || is_rep[ch]) {
        pairs[2 * k] = ch;
        pairs[2 * k + 1] = c;
        k++;
      }
    }
    legacy_count = k;
    legacy_pairs = pairs;
  }
  *count = legacy_count;
  return legacy_pairs;
}

uint32_t tsn_regexp_canonicalize(uint32_t ch, bool unicode) {
  uint32_t count;
  const uint32_t *pairs = tsn_re_case_pairs(unicode, &count);
  uint32_t lo = 0, hi = count;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (pairs[2 * mid] < ch) lo = mid + 1;
    else hi = mid;
  }
  return lo < count && pairs[2 * lo] == ch ? pairs[2 * lo + 1] : ch;
}
