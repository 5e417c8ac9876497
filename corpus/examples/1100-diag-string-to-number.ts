// Diagnostic (type error): TS2322 Type 'string' is not assignable to type 'number' — must be rejected.
let count: number = 0;
count = "seven";
console.log(count);
