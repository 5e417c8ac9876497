/*
 * substitution.h — GetSubstitution (ECMA-262 22.1.3.19.1), the `$` patterns of a replacement
 * template, shared by String.prototype.replace/replaceAll and RegExp.prototype[@@replace].
 */
#ifndef TSN_SUBSTITUTION_H
#define TSN_SUBSTITUTION_H

#include "str.h"

/* Appends the expansion of `tmpl` for a match of `matched` at `position` in `str`: $$, $&, $`, $',
 * $n / $nn over `captures` (n_captures values, each a string or undefined), and $<name> read from
 * `named_captures` (undefined: "$<" stays literal). May call getters of named_captures. */
void tsn_get_substitution(tsn_strbuf *b, tsn_value matched, tsn_value str, uint32_t position, const tsn_value *captures,
                          uint32_t n_captures, tsn_value named_captures, tsn_value tmpl);

#endif
