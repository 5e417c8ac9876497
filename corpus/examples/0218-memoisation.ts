// Tests memoisation with closures and Map caches: call counts, multi-argument keys, recursive memo and cache invalidation.
function memoize<A, R>(fn: (a: A) => R): { call: (a: A) => R; stats: () => string; clear: () => void } {
  const cache = new Map<A, R>();
  let hits = 0;
  let misses = 0;
  return {
    call(a: A): R {
      if (cache.has(a)) {
        hits++;
        return cache.get(a)!;
      }
      misses++;
      const r = fn(a);
      cache.set(a, r);
      return r;
    },
    stats: () => `hits=${hits} misses=${misses} size=${cache.size}`,
    clear: () => cache.clear(),
  };
}
let slowCalls = 0;
const slowSquare = memoize((n: number) => {
  slowCalls++;
  return n * n;
});
console.log([3, 4, 3, 3, 4, 5, NaN, NaN, 0, -0].map(slowSquare.call), slowCalls, slowSquare.stats());
slowSquare.clear();
slowSquare.call(3);
console.log(slowCalls, slowSquare.stats());
const fibCache = new Map<number, number>();
let fibCalls = 0;
function fib(n: number): number {
  fibCalls++;
  if (n < 2) return n;
  const cached = fibCache.get(n);
  if (cached !== undefined) return cached;
  const v = fib(n - 1) + fib(n - 2);
  fibCache.set(n, v);
  return v;
}
console.log(fib(90), fibCalls, fibCache.size);
const gridCache: Record<string, number> = {};
function paths(r: number, c: number): number {
  if (r === 0 || c === 0) return 1;
  const key = `${r},${c}`;
  return (gridCache[key] ??= paths(r - 1, c) + paths(r, c - 1));
}
console.log(paths(16, 16), Object.keys(gridCache).length, paths(2, 2));
function memoArgs(fn: (...xs: number[]) => number): (...xs: number[]) => number {
  const cache: Record<string, number> = {};
  return (...xs) => {
    const k = JSON.stringify(xs);
    if (!(k in cache)) cache[k] = fn(...xs);
    return cache[k];
  };
}
let sumCalls = 0;
const msum = memoArgs((...xs) => {
  sumCalls++;
  return xs.reduce((a, b) => a + b, 0);
});
console.log(msum(1, 2), msum(1, 2), msum(2, 1), msum(), msum(), sumCalls);
const objKeyCache = memoize((o: { v: number }) => o.v * 10);
const key1 = { v: 1 };
console.log(objKeyCache.call(key1), objKeyCache.call(key1), objKeyCache.call({ v: 1 }), objKeyCache.stats());
