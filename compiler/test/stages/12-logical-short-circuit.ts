// COMPTIME: off
// && || ?? evaluate the right side in their own block, reached only when needed.
// CHECK: fn fn_1 (function pick)
// CHECK: branch truthy %{{[0-9]+}} ? bb{{[0-9]+}} : bb{{[0-9]+}}
// CHECK: (logical.right):
// CHECK: branch nullish
function pick(a: unknown, b: unknown, c: unknown) { return (a && b) ?? c; }
console.log(pick(1, null, 3));
