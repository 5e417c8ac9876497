// COMPTIME: off
// A call with spread arguments builds one array and passes its elements.
// CHECK: runtime newArray0()
// CHECK: runtime arrayAppendIterable(
// CHECK: runtime arrayPush(
// CHECK: (...%{{[0-9]+}})
const xs = [1, 2];
console.log(Math.max(...xs, 3));
