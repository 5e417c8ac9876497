/*
 * symbol.h — Symbol values (ECMA-262 6.1.5): unique cells carrying a description.
 * Symbols are compared by identity; the description is a string value or TSN_UNDEFINED.
 */
#ifndef TSN_SYMBOL_H
#define TSN_SYMBOL_H

#include "value.h"

typedef struct tsn_symbol {
  tsn_cell hdr;          /* type TSN_CELL_SYMBOL */
  tsn_value description; /* string or TSN_UNDEFINED */
} tsn_symbol;

/* hdr.bits: a private name (#x): never returned by tsn_own_keys, never on a prototype chain lookup path. */
#define TSN_SYMBOL_PRIVATE 1

static inline tsn_symbol *tsn_as_symbol(tsn_value v) { return (tsn_symbol *)(uintptr_t)v; }

/* A new unique symbol; `description` is a string value or TSN_UNDEFINED. */
tsn_value tsn_symbol_new(tsn_value description);
/* SymbolDescriptiveString (ECMA-262 20.4.3.3.1): "Symbol(" + description + ")", as a string value. */
tsn_value tsn_symbol_descriptive_string(tsn_value sym);

#endif
