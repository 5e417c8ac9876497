// A `let` captured per iteration gets CreatePerIterationEnvironment: a record copy at each head and update.
// CHECK: loop.head
// CHECK-NEXT: envCopy
// CHECK: envCopy
const fs: (() => number)[] = [];
for (let i = 0; i < 3; i++) fs.push(() => i);
console.log(fs.map((f) => f()));
