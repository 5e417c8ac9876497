// COMPTIME: off
// A binding two functions out is reached through the closure chain: one parent hop.
// CHECK: fn fn_3
// CHECK: = fenv^[0]
function a(x: number) { return function b(y: number) { return () => x + y; }; }
console.log(a(1)(2)());
