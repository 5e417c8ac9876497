/*
 * weak-stubs.c — weak stand-ins for runtime functions whose libraries are not written yet
 * (util.inspect, console), so the runtime-library tests link today; a real definition in
 * compiler/runtime overrides each of them.
 */
#include "tsn.h"

__attribute__((weak)) void tsn_lib_console_init(void) {}
__attribute__((weak)) void tsn_inspect_default_options(tsn_inspect_options *o) { (void)o; }
__attribute__((weak)) tsn_value tsn_inspect(tsn_value v, const tsn_inspect_options *o) { (void)o; return tsn_to_string(v); }
