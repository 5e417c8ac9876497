// STAGE: hir
// Comptime folds a pure call with constant arguments before the HIR is dumped.
// CHECK: init N#{{[0-9]+}} = 6765
function fib(n: number): number { return n < 2 ? n : fib(n - 1) + fib(n - 2); }
const N = fib(20);
console.log(N);
