// Diagnostic (type error): TS2554 Expected 2 arguments, but got 1 — must be rejected.
function add(a: number, b: number): number {
  return a + b;
}
console.log(add(1));
