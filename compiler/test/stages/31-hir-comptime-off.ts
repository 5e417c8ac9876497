// STAGE: hir
// COMPTIME: off
// With comptime off the call stays.
// CHECK: init N#{{[0-9]+}} = fib#{{[0-9]+}}(20)
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const N = fib(20);
console.log(N);
