/* Garbage collection: 1e7 short-lived objects (each with a property and a boxed number) while only a
 * sliding window of 100 stays reachable; prints the sum and the final heap size (bytes). */
#include <stdio.h>

#include "alloc.h"
#include "rt_test.h"

void tsn_program_main(void) {
  static tsn_ic ic_v;
  tsn_value window = tsn_new_array(100);
  double sum = 0;
  for (int i = 0; i < 10000000; i++) {
    tsn_value o = tsn_new_object();
    tsn_set_ic(o, S("v"), N(i), &ic_v);
    tsn_set_index(window, N(i % 100), o);
    sum += tsn_as_double(tsn_get_ic(tsn_get_index(window, N(i % 100)), S("v"), &ic_v));
  }
  p(tsn_op_add(S("sum "), N(sum)));
  char line[64];
  snprintf(line, sizeof line, "heap %zu\n", (size_t)GC_get_heap_size());
  tsn_write_stdout_bytes(line, strlen(line));
}
