// COMPTIME: off
// for-in steps through the keys snapshot with an int index.
// CHECK: locals: {{.*}}index: int
// CHECK: runtime forInKeys(
// CHECK: forInNext
for (const k in { a: 1, b: 2 }) console.log(k);
