/*
 * inspect.h — Node's util.inspect and util.format, byte for byte (Node 24), used by console.*.
 */
#ifndef TSN_INSPECT_H
#define TSN_INSPECT_H

#include "value.h"

typedef struct tsn_inspect_options {
  int depth;          /* default 2; -1 = Infinity */
  int break_length;   /* default 80 (console.log uses 80... see Node: breakLength 80 for console when not a TTY? verify) */
  bool colors;        /* always false here */
  bool compact3;      /* compact: 3 (default) */
} tsn_inspect_options;

void tsn_inspect_default_options(tsn_inspect_options *o);
/* util.inspect(v, options) as a string value. */
tsn_value tsn_inspect(tsn_value v, const tsn_inspect_options *o);
/* util.format(...args): format specifiers %s %d %i %f %j %o %O %c %% then the rest inspected/joined by spaces. */
tsn_value tsn_format(int argc, const tsn_value *argv);

#endif
