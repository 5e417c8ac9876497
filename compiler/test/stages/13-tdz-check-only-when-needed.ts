// COMPTIME: off
// A read of a `let` that may run before its initialisation carries a TDZ check; a read after it does not.
// CHECK: fn fn_1 (function early)
// CHECK: checkTdz %{{[0-9]+}} "late"
// CHECK: fn fn_2 (function after)
// CHECK-NOT: checkTdz
// CHECK: fn module_part_0
function early() { return late; }
let late = 1;
function after() { const v = 2; return v + 1; }
console.log(early(), after());
