// yield* delegates next/throw/return to the inner iterator (ECMA-262 15.5.5).
// CHECK: fn fn_2 (resumable outer)
// CHECK: runtime getIterator(
// CHECK: runtime callIterMethod(
// CHECK: runtime iterResultDone(
// CHECK: suspend
// CHECK: runtime iteratorMethod(%{{[0-9]+}}, "throw")
// CHECK: runtime throwYieldStarNoThrow(
// CHECK: runtime iteratorMethod(%{{[0-9]+}}, "return")
function* inner() { yield 1; return "r"; }
function* outer() { const r = yield* inner(); yield r; }
console.log([...outer()]);
