// Only locals read after a longjmp (live into the catch landing) are volatile: `count` is, `scratch` is not.
// CHECK: fn fn_1 (function f)
// CHECK: locals: {{.*}}count volatile
// CHECK-NOT: scratch volatile
// CHECK: tryEnter
function f(n: number) {
  let count = 0;
  let scratch = 0;
  try {
    for (let i = 0; i < n; i++) { scratch = i * 2; count++; if (i === 2) throw new Error("x"); }
  } catch {
    return count;
  }
  return scratch;
}
console.log(f(5));
