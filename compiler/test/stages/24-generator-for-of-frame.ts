// A for-of iterator open across a yield lives in the generator's frame (the runtime detaches it from
// the open-iterator stack while the generator is suspended); a break closes it.
// CHECK: fn fn_1 (resumable each)
// CHECK: locals: {{.*}}iter: iter frame
// CHECK: runtime iterOpen(&%
// CHECK: suspend
function* each(xs: Iterable<number>) {
  for (const x of xs) yield x * 10;
}
console.log([...each([1, 2])]);
