/*
 * arrprops.c — driver of the batched array property test: reads `op|array|arg|...` lines (the array
 * as `a` + comma-separated elements; elements and arguments as test_decode_field reads them, `h` a
 * hole) and prints the result and the receiver afterwards, as arrprops.mjs does.
 */
#define _GNU_SOURCE
#include <stdlib.h>
#include <string.h>

#include "testlib.h"

static tsn_value decode_array(char *f) {
  tsn_value a = A0();
  char *save = NULL;
  for (char *e = strtok_r(f + 1, ",", &save); e; e = strtok_r(NULL, ",", &save)) {
    tsn_value v = test_decode_field(e);
    if (v == TSN_EMPTY) tsn_array_set_length(a, tsn_as_object(a)->length + 1);
    else tsn_array_push(a, v);
  }
  return a;
}

void tsn_program_main(void) {
  char *line = NULL;
  size_t cap = 0;
  ssize_t len;
  while ((len = getline(&line, &cap, stdin)) > 0) {
    if (line[len - 1] == '\n') line[len - 1] = 0;
    char *save = NULL, *op = strtok_r(line, "|", &save);
    tsn_value arr = decode_array(strtok_r(NULL, "|", &save));
    tsn_value args[8];
    size_t n = 0;
    for (char *f; n < 8 && (f = strtok_r(NULL, "|", &save));) args[n++] = test_decode_field(f);
    T(op, A(test_call_method(arr, op, n, args), arr));
  }
}
