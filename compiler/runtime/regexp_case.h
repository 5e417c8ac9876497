/*
 * regexp_case.h — Canonicalize (ECMA-262 22.2.2.7.3) as equivalence classes: for each character
 * whose class has other members, the class's representative. Under u/v the classes are those of
 * simple case folding (generated table, regexp_fold_table.c); otherwise those of the single-unit
 * toUppercase rule, derived from unicode_case.h on first use.
 */
#ifndef TSN_REGEXP_CASE_H
#define TSN_REGEXP_CASE_H

#include <stdbool.h>
#include <stdint.h>

/* Sorted (character, representative) pairs; *count receives the number of pairs. */
const uint32_t *tsn_re_case_pairs(bool unicode, uint32_t *count);

extern const uint32_t tsn_re_unicode_fold_pairs[];
extern const uint32_t tsn_re_unicode_fold_count;

#endif
