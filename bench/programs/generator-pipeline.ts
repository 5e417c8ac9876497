// Benchmark: a lazy pipeline through generators over 10 million items (map, filter, take as
// generator functions, consumed by for-of), the shape of stream-processing code. Prints the sum.
const N = 10_000_000;

function* range(n: number): Generator<number> {
  for (let i = 0; i < n; i++) yield i;
}
function* map(xs: Iterable<number>, f: (x: number) => number): Generator<number> {
  for (const x of xs) yield f(x);
}
function* filter(xs: Iterable<number>, p: (x: number) => boolean): Generator<number> {
  for (const x of xs) if (p(x)) yield x;
}
function* take(xs: Iterable<number>, n: number): Generator<number> {
  if (n <= 0) return;
  for (const x of xs) {
    yield x;
    if (--n === 0) return;
  }
}

let sum = 0;
let count = 0;
for (const x of take(filter(map(range(N), (x) => x * 3), (x) => x % 2 === 0), N / 2)) {
  sum += x % 1000;
  count++;
}
console.log(count, sum);
