/*
 * symbol.c — creation and description of Symbol values (the Symbol library is lib_symbol.c).
 */
#include "symbol.h"

#include "alloc.h"
#include "str.h"

tsn_value tsn_symbol_new(tsn_value description) {
  tsn_symbol *s = tsn_alloc(sizeof(tsn_symbol));
  s->hdr.type = TSN_CELL_SYMBOL;
  s->description = description;
  return tsn_from_cell(s);
}

tsn_value tsn_symbol_descriptive_string(tsn_value sym) {
  tsn_value d = tsn_as_symbol(sym)->description;
  tsn_strbuf b;
  tsn_strbuf_init(&b);
  tsn_strbuf_push_ascii(&b, "Symbol(");
  if (tsn_is_string(d)) tsn_strbuf_push_string(&b, d);
  tsn_strbuf_push_unit(&b, ')');
  return tsn_strbuf_finish(&b);
}
