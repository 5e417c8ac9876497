/*
 * string_width.h — display width of a string in terminal columns, as Node's util.inspect measures
 * it to align grouped array columns (getStringWidth without removing control sequences, ICU build):
 * C0 controls 0, other ASCII 1, wide and fullwidth East Asian characters and emoji presentation 2,
 * nonspacing/enclosing marks and format characters 0. Each code point is measured alone (Node
 * normalises the whole string to NFC first; compositions that change the width are not reproduced).
 * The tables in string_width.c are generated from Node itself by tools/gen-string-width.ts.
 */
#ifndef TSN_STRING_WIDTH_H
#define TSN_STRING_WIDTH_H

#include "value.h"

/* Width of string value s in columns (lone surrogates count 1). */
uint32_t tsn_string_width(tsn_value s);

#endif
