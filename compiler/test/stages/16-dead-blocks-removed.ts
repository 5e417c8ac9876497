// Code after return is never reached: the dead-block pass removes it from the MIR.
// CHECK: fn fn_1 (function f)
// CHECK: return 1
// CHECK-NOT: "unreachable code"
// CHECK: fn module_part_0
function f() { return 1; console.log("unreachable code"); }
console.log(f());
