// Maps keyed by objects and composite keys: memoization, identity vs string keys, grouping, LRU ordering via delete+set.
type Pt = { x: number; y: number };
const p1: Pt = { x: 1, y: 2 };
const p2: Pt = { x: 1, y: 2 };

const byRef = new Map<Pt, string>([[p1, "p1"]]);
console.log(byRef.get(p1), byRef.get(p2), byRef.has(p2));
const byKey = new Map<string, string>([[`${p1.x},${p1.y}`, "p1"]]);
console.log(byKey.get(`${p2.x},${p2.y}`));

// Plain objects as keys in an object collapse to "[object Object]".
const obj: Record<string, string> = {};
obj[p1 as unknown as string] = "first";
obj[p2 as unknown as string] = "second";
console.log(obj, Object.keys(obj).length);

// Memoized Fibonacci and call counting.
let calls = 0;
const memo = new Map<number, number>();
function fib(n: number): number {
  calls++;
  if (n < 2) return n;
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const v = fib(n - 1) + fib(n - 2);
  memo.set(n, v);
  return v;
}
console.log(fib(50), calls, memo.size, [...memo.keys()].slice(0, 5));

// Grouping records by a derived key.
const people = [
  { name: "ann", age: 31 },
  { name: "bob", age: 25 },
  { name: "cy", age: 38 },
  { name: "dee", age: 22 },
  { name: "eve", age: 35 },
];
const byDecade = new Map<number, string[]>();
for (const p of people) {
  const k = Math.floor(p.age / 10) * 10;
  const list = byDecade.get(k);
  if (list) list.push(p.name);
  else byDecade.set(k, [p.name]);
}
console.log(byDecade);

// A tiny LRU cache using Map insertion order.
class LRU<K, V> {
  #max: number;
  #map = new Map<K, V>();
  constructor(max: number) {
    this.#max = max;
  }
  get(k: K): V | undefined {
    if (!this.#map.has(k)) return undefined;
    const v = this.#map.get(k)!;
    this.#map.delete(k);
    this.#map.set(k, v);
    return v;
  }
  set(k: K, v: V): void {
    this.#map.delete(k);
    this.#map.set(k, v);
    if (this.#map.size > this.#max) this.#map.delete(this.#map.keys().next().value!);
  }
  keys(): K[] {
    return [...this.#map.keys()];
  }
}
const lru = new LRU<string, number>(3);
lru.set("a", 1);
lru.set("b", 2);
lru.set("c", 3);
lru.get("a");
lru.set("d", 4);
console.log(lru.keys(), lru.get("b"), lru.get("c"));
lru.set("e", 5);
console.log(lru.keys(), lru);
