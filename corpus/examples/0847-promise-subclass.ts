// Subclassing Promise: then/catch/finally return instances of the subclass (via Symbol.species),
// static combinators construct the subclass, and a species override returns plain promises.

class TrackedPromise<T> extends Promise<T> {
  static created = 0;
  constructor(executor: (resolve: (v: T | PromiseLike<T>) => void, reject: (e?: unknown) => void) => void) {
    super(executor);
    TrackedPromise.created++;
  }
}

class PlainSpecies<T> extends Promise<T> {
  static override get [Symbol.species]() {
    return Promise;
  }
}

async function main(): Promise<void> {
  const p = TrackedPromise.resolve(1);
  const q = p.then((v) => v + 1);
  console.log(p instanceof TrackedPromise, q instanceof TrackedPromise, q.constructor.name);
  console.log(await q, TrackedPromise.created);

  const all = TrackedPromise.all([p, 5]);
  console.log(all instanceof TrackedPromise, await all);
  const f = p.finally(() => {});
  console.log(f instanceof TrackedPromise);
  const c = TrackedPromise.reject(new Error("x")).catch(() => "caught");
  console.log(c instanceof TrackedPromise, await c);

  const s = new PlainSpecies<number>((r) => r(3));
  const t = s.then((v) => v * 2);
  console.log(s instanceof PlainSpecies, t instanceof PlainSpecies, t.constructor === Promise, await t);
  console.log(PlainSpecies.resolve(1) instanceof PlainSpecies);

  // An async function always returns a native Promise, whatever it returns.
  const fromAsync = (async () => p)();
  console.log(fromAsync instanceof TrackedPromise, fromAsync.constructor === Promise, await fromAsync);
  console.log(Promise[Symbol.species] === Promise, Object.getPrototypeOf(TrackedPromise) === Promise);
  console.log(TrackedPromise.created > 3);
}

main();
