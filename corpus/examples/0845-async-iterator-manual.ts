// Driving async iterators by hand: the iterator result objects, calling next with arguments,
// iterators that return non-promises from next (for await still awaits them), and
// Symbol.asyncIterator falling back to Symbol.iterator.

class Countdown {
  from: number;
  constructor(from: number) {
    this.from = from;
  }
  [Symbol.asyncIterator](): AsyncIterator<number> {
    let n = this.from;
    return {
      // next returns a plain object, not a promise: await handles it.
      next: () => (n > 0 ? { value: n--, done: false } : { value: undefined, done: true }) as unknown as Promise<IteratorResult<number>>,
    };
  }
}

async function main(): Promise<void> {
  const it = new Countdown(2)[Symbol.asyncIterator]();
  console.log(it.next(), it.next(), it.next());

  const got: number[] = [];
  for await (const n of new Countdown(3)) got.push(n);
  console.log(got);

  const gen = (async function* () {
    const a: unknown = yield 1;
    const b: unknown = yield `got ${String(a)}`;
    return `end with ${String(b)}`;
  })();
  console.log(await gen.next("ignored first"), await gen.next("A"), await gen.next("B"), await gen.next("C"));

  const syncOnly = { *[Symbol.iterator]() { yield Promise.resolve("from sync iterator"); } };
  for await (const v of syncOnly) console.log(v);

  const proto = Object.getPrototypeOf(Object.getPrototypeOf(gen));
  console.log(Object.getOwnPropertyNames(proto).sort());
  console.log(typeof gen[Symbol.asyncIterator], gen[Symbol.asyncIterator]() === gen);
  console.log(String(Symbol.asyncIterator), Symbol.asyncIterator.description);

  try {
    // @ts-expect-error -- a number is not async iterable
    for await (const x of 5) console.log(x);
  } catch (e) {
    console.log(`${(e as Error).name}: ${(e as Error).message}`);
  }
}

main();
