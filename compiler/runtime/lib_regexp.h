/*
 * lib_regexp.h — what other libraries and compiled code need from lib_regexp.c.
 */
#ifndef TSN_LIB_REGEXP_H
#define TSN_LIB_REGEXP_H

#include <stdbool.h>

#include "value.h"

/* The well-known symbols String.prototype's methods dispatch through (set by tsn_lib_regexp_init). */
typedef struct tsn_regexp_symbol_set { tsn_value match, match_all, replace, search, split; } tsn_regexp_symbol_set;
extern tsn_regexp_symbol_set tsn_regexp_symbols;

/* RegExpCreate (22.2.3.1): a new %RegExp% instance; regex literals evaluate to this. Throws the
 * pattern's SyntaxError. */
tsn_value tsn_regexp_create(tsn_value pattern, tsn_value flags);
/* IsRegExp (7.2.8): Symbol.match when present, else whether v is a RegExp object. */
bool tsn_is_regexp(tsn_value v);
/* How util.inspect shows a RegExp object: /source/flags (source as the `source` getter escapes it). */
tsn_value tsn_regexp_display(tsn_value regexp);

#endif
