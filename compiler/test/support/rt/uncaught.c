/* Uncaught exceptions and exit codes: the variant comes from $RT_VARIANT (uncaught.mjs takes it as
 * argv[2]). stdout written before the throw must appear; stderr carries Node's `Name: message` part. */
#include <stdlib.h>
#include <string.h>

#include "rt_test.h"

static tsn_value recurse_fn;
static tsn_value recurse(tsn_object *callee, tsn_value this_value, int argc, const tsn_value *argv, tsn_value new_target) {
  TSN_ENTER();
  tsn_value r = tsn_op_add(CALL(recurse_fn, N(1)), N(1));
  TSN_LEAVE();
  return r;
}

void tsn_program_main(void) {
  const char *v = getenv("RT_VARIANT");
  pc("before");
  if (strcmp(v, "error") == 0) tsn_throw(NEW(G("Error"), S("boom")));
  if (strcmp(v, "type-error") == 0) get(get(tsn_new_object(), "missing"), "x");
  if (strcmp(v, "number") == 0) tsn_throw(N(42));
  if (strcmp(v, "string") == 0) tsn_throw(S("x"));
  if (strcmp(v, "null") == 0) tsn_throw(TSN_NULL);
  if (strcmp(v, "symbol") == 0) tsn_throw(CALL(G("Symbol"), S("s")));
  if (strcmp(v, "exit-code") == 0) set(G("process"), "exitCode", N(5));
  if (strcmp(v, "process-exit") == 0) {
    set(G("process"), "exitCode", N(9));
    CALLM(G("process"), "exit", N(7));
  }
  if (strcmp(v, "stack-overflow") == 0) {
    recurse_fn = tsn_function_new(recurse, NULL, S("recurse"), 1, TSN_FN_NORMAL);
    CALL(recurse_fn, N(0));
  }
  pc("after");
}
