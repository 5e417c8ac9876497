// Infinite generators consumed lazily: Iterator helpers (take, filter, map, drop, find), manual
// loops with break, and destructuring a prefix.
function* naturals() {
  let n = 0;
  while (true) yield n++;
}
function* fibonacci() {
  let [a, b] = [0, 1];
  for (;;) {
    yield a;
    [a, b] = [b, a + b];
  }
}
function* cycle<T>(items: T[]) {
  for (;;) yield* items;
}
console.log(naturals().take(5).toArray());
console.log(fibonacci().filter((x) => x % 2 === 0).take(8).toArray());
console.log(naturals().map((x) => x * x).drop(3).take(4).toArray());
console.log(fibonacci().find((x) => x > 1000));
console.log(cycle(["r", "g", "b"]).take(7).toArray().join(""));
const [x, y, z] = naturals();
console.log(x, y, z);
let total = 0;
for (const n of naturals()) {
  if (n > 100) break;
  total += n;
}
console.log(total);
console.log(fibonacci().some((f) => f === 144), naturals().every((n) => n < 10));
const zipped = naturals().map((n) => [n, fibonacci().drop(n).next().value]).take(6).toArray();
console.log(zipped);
