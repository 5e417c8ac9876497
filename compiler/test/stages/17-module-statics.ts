// Module-level bindings are C statics: functions read them with loadStatic, never through an environment.
// CHECK: fn fn_1 (function inc)
// CHECK: = static counter#
// CHECK: static counter#{{[0-9]+}} =
// CHECK-NOT: envNew
let counter = 0;
function inc() { counter = counter + 1; return counter; }
inc();
console.log(inc());
