// Hand-written lazy combinators as generators (map, filter, takeWhile, chunk, zip, enumerate),
// composed into pipelines; nothing runs until the result is consumed.
function* map<T, U>(xs: Iterable<T>, f: (x: T) => U) { for (const x of xs) yield f(x); }
function* filter<T>(xs: Iterable<T>, p: (x: T) => boolean) { for (const x of xs) if (p(x)) yield x; }
function* takeWhile<T>(xs: Iterable<T>, p: (x: T) => boolean) {
  for (const x of xs) {
    if (!p(x)) return;
    yield x;
  }
}
function* chunk<T>(xs: Iterable<T>, n: number) {
  let buf: T[] = [];
  for (const x of xs) {
    buf.push(x);
    if (buf.length === n) {
      yield buf;
      buf = [];
    }
  }
  if (buf.length) yield buf;
}
function* zip<A, B>(as: Iterable<A>, bs: Iterable<B>): Generator<[A, B]> {
  const ia = as[Symbol.iterator](), ib = bs[Symbol.iterator]();
  try {
    for (;;) {
      const a = ia.next(), b = ib.next();
      if (a.done || b.done) return;
      yield [a.value, b.value];
    }
  } finally {
    ia.return?.();
    ib.return?.();
  }
}
function* enumerate<T>(xs: Iterable<T>): Generator<[number, T]> {
  let i = 0;
  for (const x of xs) yield [i++, x];
}
function* naturals() { for (let n = 1; ; n++) yield n; }
const trace: number[] = [];
const pipeline = map(filter(map(naturals(), (n) => { trace.push(n); return n * n; }), (n) => n % 2 === 1), (n) => `<${n}>`);
console.log("nothing pulled yet:", trace.length);
console.log([...takeWhile(pipeline, (s) => s.length < 5)], trace);
console.log([...chunk("abcdefg", 3)]);
console.log([...zip(naturals(), "xyz")]);
console.log([...enumerate(["p", "q"])]);
console.log([...chunk(takeWhile(naturals(), (n) => n <= 10), 4)].map((c) => c.reduce((a, b) => a + b)));
