// An async generator consumed by for await: the first program tsn rejected for async generators, now compiled.
async function* counter(limit: number): AsyncGenerator<number> {
  for (let i = 0; i < limit; i++) yield i;
}
for await (const n of counter(3)) console.log(n);
