// continue inside for-of goes back to the step without closing the iterator; break closes it.
// CHECK: fn fn_1 (function h)
// CHECK: iterStep
// CHECK: runtime iterClose
// CHECK-NOT: iterClose
// CHECK: fn module_part_0
function h(xs: number[]) {
  let n = 0;
  for (const x of xs) {
    if (x === 1) continue;
    if (x === 3) break;
    n += x;
  }
  return n;
}
console.log(h([1, 2, 3, 4]));
