/*
 * console_table.h — the text console.table prints (Node 24 lib/internal/console/constructor.js
 * `table` and lib/internal/cli_table.js): a box-drawn table of the rows of an object, array, Map,
 * Set or Map/Set iterator, cells rendered by util.inspect with depth 0 (-1 for objects with more
 * than two keys), maxArrayLength 3 and no line breaking, columns padded to their display width.
 */
#ifndef TSN_CONSOLE_TABLE_H
#define TSN_CONSOLE_TABLE_H

#include "value.h"

/* The table for console.table(data, properties) as a string value; `properties` is TSN_UNDEFINED
 * or an array of column keys (anything else: TypeError as Node's validateArray). Returns TSN_EMPTY
 * when Node logs `data` itself instead (null and non-object data). May run getters. */
tsn_value tsn_console_table(tsn_value data, tsn_value properties);

#endif
