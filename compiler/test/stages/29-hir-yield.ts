// STAGE: hir
// The HIR keeps yield and yield* as expressions of a generator function (marked with *).
// CHECK: fn_1 function* gen()
// CHECK: (yield 1)
// CHECK: (yield* [2, 3])
function* gen() { yield 1; yield* Array.of(2, 3); }
console.log([...gen()]);
