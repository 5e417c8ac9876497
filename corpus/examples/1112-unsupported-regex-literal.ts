// Diagnostic (unsupported construct): RegExp literal is valid TypeScript but not supported by the compiler yet — must be rejected.
const digits = /[0-9]+/g;
console.log("a1b22c333".match(digits));
