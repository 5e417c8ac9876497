// Array.from (with a map function), new Map, new Set, Object.fromEntries and Promise-free
// consumers of generators.
function* entries(): Generator<[string, number]> {
  yield ["one", 1];
  yield ["two", 2];
  yield ["three", 3];
}
function* squares(n: number) {
  for (let i = 1; i <= n; i++) yield i * i;
}
console.log(Array.from(squares(5)), Array.from(squares(4), (v, i) => `${i}:${v}`));
console.log(new Map(entries()), new Set(squares(3)));
console.log(Object.fromEntries(entries()));
const m = new Map(entries());
console.log(new Map((function* () { for (const [k, v] of m) yield [v, k] as [number, string]; })()));
console.log(new Set((function* () { yield "dup"; yield "dup"; yield "once"; })()));
console.log(Array.from({ length: 3 }, (_, i) => [...squares(i)]));
function* bad() { yield 1; yield "not an entry"; }
try {
  new Map(bad() as any);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
function* withCleanup() {
  try {
    yield ["k", 1];
    yield 5;
  } finally {
    console.log("closed after the bad entry");
  }
}
try {
  new Map(withCleanup() as any);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
