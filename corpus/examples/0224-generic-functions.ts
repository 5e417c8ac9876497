// Tests generic functions (type parameters erased at runtime): identity, containers, constraints, generic reducers and pairs.
function identity<T>(x: T): T {
  return x;
}
console.log(identity(1), identity("s"), identity([1, 2]), identity(null), identity({ k: identity(true) }));
function first<T>(xs: readonly T[]): T | undefined {
  return xs[0];
}
console.log(first([3, 2, 1]), first([]), first("abc".split("")));
function pair<A, B>(a: A, b: B): [A, B] {
  return [a, b];
}
const p = pair("key", 42);
console.log(p, pair(pair(1, 2), pair("x", [3])));
function longest<T extends { length: number }>(a: T, b: T): T {
  return a.length >= b.length ? a : b;
}
console.log(longest("abc", "de"), longest([1], [2, 3]), longest("", ""));
function mapValues<K extends string, V, R>(o: Record<K, V>, f: (v: V, k: K) => R): Record<K, R> {
  const out = {} as Record<K, R>;
  for (const k of Object.keys(o) as K[]) out[k] = f(o[k], k);
  return out;
}
console.log(mapValues({ a: 1, b: 2, c: 3 }, (v, k) => `${k}${v * v}`));
class Box<T> {
  value: T;
  constructor(v: T) { this.value = v; }
  map<R>(f: (v: T) => R): Box<R> { return new Box(f(this.value)); }
  toString(): string { return `Box(${String(this.value)})`; }
}
const boxed = new Box(5).map((n) => n * 2).map(String).map((s) => s + "!");
console.log(boxed, `${boxed}`, new Box([1, 2]).map((xs) => xs.length));
function uniqueBy<T, K>(xs: T[], key: (x: T) => K): T[] {
  const seen = new Set<K>();
  return xs.filter((x) => {
    const k = key(x);
    if (seen.has(k)) return false;
    seen.add(k);
    return true;
  });
}
console.log(uniqueBy([1.1, 1.9, 2.5, 3.0, 3.7], Math.floor), uniqueBy(["a", "B", "A", "b"], (s) => s.toLowerCase()));
function partition<T>(xs: T[], pred: (x: T) => boolean): [T[], T[]] {
  const yes: T[] = [];
  const no: T[] = [];
  for (const x of xs) (pred(x) ? yes : no).push(x);
  return [yes, no];
}
console.log(partition([1, 2, 3, 4, 5, 6], (n) => n % 3 === 0), partition(["", "a", "", "b"], Boolean));
const maxBy = <T>(xs: T[], f: (x: T) => number): T | undefined =>
  xs.reduce<T | undefined>((best, x) => (best === undefined || f(x) > f(best) ? x : best), undefined);
console.log(maxBy(["aa", "b", "cccc", "dd"], (s) => s.length), maxBy([], (x: number) => x));
