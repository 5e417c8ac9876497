// Generators capture their enclosing scope: independent instances each keep their own locals,
// closures created inside a generator see later updates, and generators created in loops capture
// the iteration's binding.
function makeCounter(start: number) {
  let shared = start;
  function* up() { while (true) yield shared++; }
  return { up, peek: () => shared, reset: (v: number) => { shared = v; } };
}
const c = makeCounter(10);
const a = c.up(), b = c.up();
console.log(a.next().value, b.next().value, a.next().value, c.peek());
c.reset(100);
console.log(b.next().value, a.next().value);
function* withClosures() {
  let i = 0;
  const readers: (() => number)[] = [];
  while (i < 3) {
    const snapshot = i;
    readers.push(() => snapshot * 10 + i);
    yield readers;
    i++;
  }
}
const wc = withClosures();
let last: (() => number)[] = [];
for (const rs of wc) last = rs;
console.log(last.map((f) => f()));
const gens: Generator<number>[] = [];
for (let k = 0; k < 3; k++) gens.push((function* () { yield k; yield k * k; })());
console.log(gens.map((g) => [...g]));
const lazyConfig = { factor: 2 };
function* scaled(xs: number[]) { for (const x of xs) yield x * lazyConfig.factor; }
const s = scaled([1, 2, 3]);
console.log(s.next().value);
lazyConfig.factor = 10;
console.log([...s]);
