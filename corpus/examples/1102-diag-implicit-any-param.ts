// Diagnostic (type error): TS7006 Parameter 'x' implicitly has an 'any' type (strict noImplicitAny) — must be rejected.
function double(x) {
  return x * 2;
}
console.log(double(21));
