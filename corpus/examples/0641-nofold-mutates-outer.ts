// Comptime folding must NOT happen: pure-looking functions that mutate outer state (counters, arrays, caches) must run at run time, in order.
let calls = 0;
function square(x: number): number {
  calls++;
  return x * x;
}
const A = square(3);
const B = square(3);
console.log(A, B, calls);
const log: string[] = [];
const tag = (s: string) => {
  log.push(s);
  return s.length;
};
const sum = tag("alpha") + tag("be") * tag("c");
console.log(sum, log);
const memo = new Map<number, number>();
function slowFib(n: number): number {
  const hit = memo.get(n);
  if (hit !== undefined) return hit;
  const v = n < 2 ? n : slowFib(n - 1) + slowFib(n - 2);
  memo.set(n, v);
  return v;
}
console.log(slowFib(50), memo.size, [...memo.keys()].slice(0, 5));
memo.set(50, -1);
console.log(slowFib(50), slowFib(51));
const CONFIG = [3, 1, 2];
function sortInPlace(arr: number[]): number[] {
  return arr.sort((a, b) => a - b);
}
const sorted = sortInPlace(CONFIG);
console.log(sorted === CONFIG, CONFIG, sorted);
const registry: Record<string, number> = {};
function register(name: string): number {
  registry[name] = Object.keys(registry).length;
  return registry[name];
}
const ids = [register("x"), register("y"), register("x"), register("z")];
console.log(ids, registry);
let seed = 7;
const next = () => (seed = (seed * 31 + 11) % 101);
console.log([next(), next(), next()], seed);
const counterObj = { n: 0, inc() { return ++this.n; } };
console.log(counterObj.inc() + counterObj.inc(), counterObj.n);
function pushAndReturn(target: number[], v: number): number {
  target.push(v);
  return target.length;
}
const shared: number[] = [];
console.log(pushAndReturn(shared, 1), pushAndReturn(shared, 2), shared, calls);
