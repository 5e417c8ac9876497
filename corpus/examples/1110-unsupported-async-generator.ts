// Diagnostic (unsupported construct): an async generator (async function*) is valid TypeScript but not supported by the compiler yet — must be rejected.
async function* counter(limit: number): AsyncGenerator<number> {
  for (let i = 0; i < limit; i++) yield i;
}
for await (const n of counter(3)) console.log(n);
