// A yield inside for-of detaches the loop's iterator from the open-iterator stack before suspending
// and attaches it again on resume.
// CHECK: fn fn_1 (resumable each)
// CHECK: runtime iterDetach(&%
// CHECK-NEXT: suspend
// CHECK: runtime iterAttach(&%
function* each(xs: Iterable<number>) {
  for (const x of xs) yield x * 10;
}
console.log([...each([1, 2])]);
