/* Stand-ins for the parts of the runtime other helpers own (array, string, iterator, generator, map/set, JSON,
 * console, inspect, binary data, the Promise/async/timer libraries), so the core's tests link without them. tsn_inspect returns an error's `stack`
 * and ToString of anything else: enough for the uncaught-error tests. */
#include <stdlib.h>
#include "tsn.h"

void tsn_lib_array_init(void) {}
void tsn_lib_string_init(void) {}
void tsn_lib_iterator_init(void) {}
void tsn_lib_iterator_helpers_init(void) {}
void tsn_lib_generator_init(void) {}
void tsn_lib_map_set_init(void) {}
void tsn_lib_json_init(void) {}
void tsn_lib_console_init(void) {}
void tsn_lib_regexp_init(void) {}
void tsn_lib_promise_init(void) {}
void tsn_lib_async_function_init(void) {}
void tsn_lib_async_iterator_init(void) {}
void tsn_lib_async_generator_init(void) {}
void tsn_lib_timers_init(void) {}
void tsn_lib_array_buffer_init(void) {}
void tsn_lib_typed_array_init(void) {}
void tsn_lib_data_view_init(void) {}
void tsn_lib_atomics_init(void) {}
/* No generator objects exist without lib_generator: iterators never take the generator fast path. */
tsn_generator *tsn_generator_with_intrinsic_next(tsn_value iterator, tsn_value next) { (void)iterator; (void)next; return NULL; }

void tsn_inspect_default_options(tsn_inspect_options *o) { memset(o, 0, sizeof *o); }

tsn_value tsn_inspect(tsn_value v, const tsn_inspect_options *o) {
  if (tsn_is_object(v) && tsn_as_cell(v)->class_id == TSN_CLASS_ERROR) return tsn_get(v, tsn_str_intern_ascii("stack"));
  return tsn_to_string(v);
}
