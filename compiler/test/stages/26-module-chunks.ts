// The module body is split into C functions of 64 top-level statements.
// CHECK: fn module_part_0
// CHECK: fn module_part_1
// CHECK-NOT: fn module_part_2
let s = 0;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1; s += 1;
s += 1; s += 1; s += 1; s += 1; s += 1;
console.log(s);
