// Diagnostic (unsupported construct): generator function (function*/yield) is valid TypeScript but not supported by the compiler yet — must be rejected.
function* counter(limit: number): Generator<number> {
  for (let i = 0; i < limit; i++) yield i;
}
for (const n of counter(3)) console.log(n);
