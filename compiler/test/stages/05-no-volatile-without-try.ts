// Without try, no local is volatile.
// CHECK: fn fn_1 (function sum)
// CHECK-NOT: volatile
// CHECK: fn module_part_0
function sum(xs: number[]) { let s = 0; for (const x of xs) s += x; return s; }
console.log(sum([1, 2, 3]));
