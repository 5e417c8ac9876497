// The ordering bug: a return inside for-of inside try/finally closes the iterator first, then runs finally.
// CHECK: fn fn_1 (function f)
// CHECK: runtime iterClose(&%
// CHECK-NEXT: tryPop
// CHECK-NEXT: = i:2
// CHECK-NEXT: goto
function f(it: Iterable<number>): number {
  try {
    for (const x of it) if (x === 1) return x;
  } finally {
    console.log("finally");
  }
  return 0;
}
console.log(f([1, 2]));
