/*
 * regexp_charset.c — code point sets for character classes (ECMA-262 22.2.2.9 CharSet), their
 * closure under Canonicalize for the i flag (22.2.2.7.3), and the predefined escape sets.
 */
#include <stdlib.h>
#include <string.h>

#include "alloc.h"
#include "regexp_program.h"
#include "regexp_case.h"

void tsn_re_class_add(tsn_regexp_class *c, uint32_t lo, uint32_t hi) {
  if (c->n == c->capacity) {
    uint32_t cap = c->capacity ? c->capacity * 2 : 8;
    uint32_t *r = tsn_alloc_atomic((size_t)cap * 2 * sizeof(uint32_t));
    if (c->n) memcpy(r, c->r, (size_t)c->n * 2 * sizeof(uint32_t));
    c->r = r;
    c->capacity = cap;
  }
  c->r[2 * c->n] = lo;
  c->r[2 * c->n + 1] = hi;
  c->n++;
}

void tsn_re_class_add_class(tsn_regexp_class *c, const tsn_regexp_class *other) {
  for (uint32_t i = 0; i < other->n; i++) tsn_re_class_add(c, other->r[2 * i], other->r[2 * i + 1]);
}

static int compare_range(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

void tsn_re_class_normalize(tsn_regexp_class *c) {
  if (c->n < 2) return;
  qsort(c->r, c->n, 2 * sizeof(uint32_t), compare_range);
  uint32_t out = 0;
  for (uint32_t i = 1; i < c->n; i++) {
    uint32_t lo = c->r[2 * i], hi = c->r[2 * i + 1];
    if (lo <= c->r[2 * out + 1] + 1) {
      if (hi > c->r[2 * out + 1]) c->r[2 * out + 1] = hi;
    } else {
      out++;
      c->r[2 * out] = lo;
      c->r[2 * out + 1] = hi;
    }
  }
  c->n = out + 1;
}

void tsn_re_class_invert(tsn_regexp_class *c, uint32_t max) {
  tsn_regexp_class out = {0};
  uint32_t next = 0;
  for (uint32_t i = 0; i < c->n; i++) {
    if (c->r[2 * i] > next) tsn_re_class_add(&out, next, c->r[2 * i] - 1);
    next = c->r[2 * i + 1] + 1;
  }
  if (next <= max) tsn_re_class_add(&out, next, max);
  *c = out;
}

bool tsn_re_class_has(const tsn_regexp_class *c, uint32_t ch) {
  uint32_t lo = 0, hi = c->n;
  while (lo < hi) {
    uint32_t mid = (lo + hi) / 2;
    if (ch < c->r[2 * mid]) hi = mid;
    else if (ch > c->r[2 * mid + 1]) lo = mid + 1;
    else return true;
  }
  return false;
}

static int compare_u32(const void *a, const void *b) {
  uint32_t x = *(const uint32_t *)a, y = *(const uint32_t *)b;
  return x < y ? -1 : x > y;
}

void tsn_re_class_close_case(tsn_regexp_class *c, bool unicode) {
  tsn_re_class_normalize(c);
  uint32_t count;
  const uint32_t *pairs = tsn_re_case_pairs(unicode, &count);
  /* Canonical values of the characters the class holds, among the non-trivial equivalence classes
   * (every member of one maps to its representative, which maps to itself). */
  uint32_t *marked = tsn_alloc_atomic((size_t)(count + 1) * sizeof(uint32_t));
  uint32_t n_marked = 0;
  for (uint32_t i = 0; i < count; i++)
    if (tsn_re_class_has(c, pairs[2 * i]) || tsn_re_class_has(c, pairs[2 * i + 1])) marked[n_marked++] = pairs[2 * i + 1];
  if (n_marked == 0) return;
  qsort(marked, n_marked, sizeof(uint32_t), compare_u32);
  for (uint32_t i = 0; i < count; i++) {
    uint32_t rep = pairs[2 * i + 1];
    if (bsearch(&rep, marked, n_marked, sizeof(uint32_t), compare_u32)) {
      tsn_re_class_add(c, pairs[2 * i], pairs[2 * i]);
      tsn_re_class_add(c, rep, rep);
    }
  }
  tsn_re_class_normalize(c);
}

void tsn_re_class_add_escape(tsn_regexp_class *c, char escape, bool unicode_ignore_case) {
  switch (escape) {
    case 'd':
      tsn_re_class_add(c, '0', '9');
      break;
    case 's': {
      static const uint32_t space[][2] = {{0x09, 0x0D}, {0x20, 0x20}, {0xA0, 0xA0}, {0x1680, 0x1680}, {0x2000, 0x200A},
                                          {0x2028, 0x2029}, {0x202F, 0x202F}, {0x205F, 0x205F}, {0x3000, 0x3000}, {0xFEFF, 0xFEFF}};
      for (size_t i = 0; i < sizeof space / sizeof space[0]; i++) tsn_re_class_add(c, space[i][0], space[i][1]);
      break;
    }
    default: /* 'w' */
      tsn_re_class_add(c, '0', '9');
      tsn_re_class_add(c, 'A', 'Z');
      tsn_re_class_add(c, '_', '_');
      tsn_re_class_add(c, 'a', 'z');
      if (unicode_ignore_case) {
        tsn_re_class_add(c, 0x017F, 0x017F);
        tsn_re_class_add(c, 0x212A, 0x212A);
      }
      break;
  }
}
