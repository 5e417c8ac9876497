// The example: comptime folds the arrow to `return 6`, and storage is decided after folding,
// so `outer` allocates no environment record and `k` is a plain local.
// CHECK: fn fn_1 (function outer)
// CHECK-NOT: envNew
// CHECK: closure @fn_2 env fenv
// CHECK: fn fn_2
// CHECK-NEXT: locals:
// CHECK-NEXT: bb0 (entry):
// CHECK-NEXT: return 6
function outer() { const k = 5; return () => k + 1; }
console.log(outer()());
