// for await...of over sync iterables: each value is awaited in order (even if later promises settle
// first); a rejected element throws in the loop and the sync iterator's return() is called.

function after<T>(ms: number, v: T): Promise<T> {
  return new Promise((r) => setTimeout(() => r(v), ms));
}

const settled: string[] = [];
function tracked(ms: number, v: string): Promise<string> {
  return after(ms, v).then((x) => {
    settled.push(x);
    return x;
  });
}

class Source implements Iterable<Promise<number> | number> {
  closed = false;
  *[Symbol.iterator](): Generator<Promise<number> | number> {
    try {
      yield 1;
      yield Promise.resolve(2);
      yield Promise.reject(new Error("element 3 failed"));
      yield 4;
    } finally {
      this.closed = true;
    }
  }
}

async function main(): Promise<void> {
  const order: string[] = [];
  for await (const v of [tracked(9, "slow"), tracked(1, "fast"), "plain"]) order.push(v);
  console.log("loop order:", order, "settle order:", settled);

  const src = new Source();
  const got: number[] = [];
  try {
    for await (const n of src) got.push(n);
  } catch (e) {
    console.log("caught:", (e as Error).message, "got:", got);
  }
  console.log("iterator closed:", src.closed);

  const chars: string[] = [];
  for await (const c of "héllo") chars.push(c.toUpperCase());
  console.log(chars.join(""));
  const m = new Map([["k", after(2, "v")]]);
  for await (const [k, v] of m) console.log(k, v);
}

main();
