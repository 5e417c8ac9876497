// COMPTIME: off
// Without folding, the arrow reads `k`: `k` lives in outer's environment record, the closure captures it.
// CHECK: fn fn_1 (function outer)
// CHECK: = envNew fenv size 1
// CHECK: [0] = 5
// CHECK: closure @fn_2 env %
// CHECK: fn fn_2
// CHECK: = fenv[0]
function outer() { const k = 5; return () => k + 1; }
console.log(outer()());
