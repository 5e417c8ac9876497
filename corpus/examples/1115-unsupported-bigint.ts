// Diagnostic (unsupported construct): BigInt literal (123n) is valid TypeScript but not supported by the compiler yet — must be rejected.
const big = 2n ** 64n;
console.log(big, typeof big);
