/*
 * strprops.c — driver of the batched string property test: reads `op|arg|...` lines (fields as
 * test_decode_field reads them) and prints one result line per input, like strprops.mjs does under Node.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "testlib.h"

/* [...s] through String.prototype[Symbol.iterator] and the iterator's next(). */
static tsn_value iterate(tsn_value s) {
  tsn_value it = tsn_call(tsn_get(s, tsn_intrinsics.symbol_iterator), s, 0, NULL, NULL);
  tsn_value out = A0();
  for (;;) {
    tsn_value r = M0(it, "next");
    if (tsn_to_boolean(P(r, "done"))) return out;
    tsn_array_push(out, P(r, "value"));
  }
}

/* s.localeCompare(that, undefined, {name: value}). */
static tsn_value collate(tsn_value s, tsn_value that, const char *name, tsn_value value) {
  tsn_value options = tsn_new_object();
  tsn_set(options, tsn_str_intern_ascii(name), value);
  return M(s, "localeCompare", that, TSN_UNDEFINED, options);
}

static tsn_value apply(const char *op, tsn_value *args, int n) {
  tsn_value s = args[0];
  if (!strcmp(op, "collateNumeric")) return collate(s, args[1], "numeric", TSN_TRUE);
  if (!strcmp(op, "collateBase")) return collate(s, args[1], "sensitivity", S("base"));
  if (!strcmp(op, "collateUpper")) return collate(s, args[1], "caseFirst", S("upper"));
  if (!strcmp(op, "iterate")) return iterate(s);
  if (!strcmp(op, "stringify")) return M(G("JSON"), "stringify", s);
  if (!strcmp(op, "roundtrip")) return M(G("JSON"), "parse", M(G("JSON"), "stringify", s));
  return test_call_method(s, op, (size_t)(n - 1), args + 1);
}

void tsn_program_main(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, stdin)) > 0) {
    if (line[len - 1] == '\n') line[len - 1] = 0;
    char *save = NULL, *op = strtok_r(line, "|", &save);
    tsn_value args[8];
    int n = 0;
    for (char *f; n < 8 && (f = strtok_r(NULL, "|", &save));) args[n++] = test_decode_field(f);
    T(op, apply(op, args, n));
  }
}
