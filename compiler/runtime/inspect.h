/*
 * inspect.h — Node's util.inspect and util.format, byte for byte with Node 24 (lib/internal/util/
 * inspect.js), as console.* uses them when stdout/stderr are pipes or files (no colors).
 *
 * Not reproduced: custom inspect functions ([util.inspect.custom]), proxies, showHidden's prototype
 * properties, Date/RegExp/typed arrays/promises (the runtime has none), and the 2^27-character output
 * budget. String widths for array grouping follow ICU's East Asian Width as Node computes them.
 */
#ifndef TSN_INSPECT_H
#define TSN_INSPECT_H

#include "value.h"

/* The util.inspect options the runtime uses (the others keep Node's defaults). */
typedef struct tsn_inspect_options {
  double depth;             /* default 2; INFINITY for no limit; -1 shows only the top level's braces */
  double break_length;      /* default 80 (console.* in Node 24: the util.inspect default); INFINITY allowed */
  int compact;              /* default 3 (the numeric `compact` mode; `compact: true` is not supported) */
  bool show_hidden;         /* default false; %o sets it: non-enumerable keys as [key], array [length] */
  double max_array_length;  /* default 100 items of arrays, Sets and Maps */
  double max_string_length; /* default 10000 code units */
} tsn_inspect_options;

/* Fills *o with util.inspect's defaults (inspectDefaultOptions). */
void tsn_inspect_default_options(tsn_inspect_options *o);
/* util.inspect(v, options) as a string value (options NULL: the defaults). May run user code (getters of `name`, `stack`,
 * `message`, Symbol.toStringTag, constructor lookups) and propagates what it throws. */
tsn_value tsn_inspect(tsn_value v, const tsn_inspect_options *o);
/* Node's previewEntries for a Map or Set iterator: a new array of the entries it has still to
 * produce (key, value, key, value, ... and *is_key_value = true for entries() iterators), without
 * advancing it; TSN_UNDEFINED (and *is_key_value untouched) for any other value. */
tsn_value tsn_preview_entries(tsn_value iterator, bool *is_key_value);
/* util.format(...args) (formatWithOptions with {}): a leading string's %s %d %i %f %j %o %O %c %%
 * specifiers consume arguments, the rest are appended separated by spaces (strings as they are,
 * other values inspected). Returns a string value. */
tsn_value tsn_format(int argc, const tsn_value *argv);

#endif
