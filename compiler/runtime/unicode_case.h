/*
 * unicode_case.h — per code point full case mappings, as the pinned Node's String.prototype
 * toUpperCase / toLowerCase apply them (V8 with ICU, root locale). The tables in unicode_case.c are
 * generated from Node itself by tools/gen-unicode-case.ts. The context-sensitive part (Final_Sigma,
 * Unicode SpecialCasing / ECMA-262 22.1.3.28) is the caller's, using tsn_case_classify.
 */
#ifndef TSN_UNICODE_CASE_H
#define TSN_UNICODE_CASE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

/* Upper bound of UTF-16 units one code point maps to (U+0390 -> 3 code points). */
#define TSN_CASE_MAX_UNITS 4

/* Writes the mapping of code point `cp` (any value <= 0x10FFFF, surrogates map to themselves) as
 * UTF-16 units into `out`; returns the number of units (1..TSN_CASE_MAX_UNITS). */
int tsn_case_to_upper(uint32_t cp, uint16_t out[TSN_CASE_MAX_UNITS]);
/* Same for lower case; U+03A3 gives U+03C3 here, the Final_Sigma choice is the caller's. */
int tsn_case_to_lower(uint32_t cp, uint16_t out[TSN_CASE_MAX_UNITS]);

/* ICU's view of a code point in the Final_Sigma context: ignorable code points are skipped while
 * looking for a neighbour (ignorability wins over cased); a cased one is a cased neighbour. */
typedef enum { TSN_CASE_NONE = 0, TSN_CASE_CASED, TSN_CASE_IGNORABLE } tsn_case_class;
tsn_case_class tsn_case_classify(uint32_t cp);

#endif
