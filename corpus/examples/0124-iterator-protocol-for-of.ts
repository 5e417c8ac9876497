// Tests for-of and spread over user iterables via Symbol.iterator, including return() on break/throw and manual next().
class Range {
  lo: number;
  hi: number;
  log: string[];
  constructor(lo: number, hi: number, log: string[]) {
    this.lo = lo;
    this.hi = hi;
    this.log = log;
  }
  [Symbol.iterator](): Iterator<number> {
    let cur = this.lo;
    const hi = this.hi;
    const log = this.log;
    return {
      next(): IteratorResult<number> {
        if (cur < hi) return { value: cur++, done: false };
        return { value: undefined, done: true };
      },
      return(): IteratorResult<number> {
        log.push(`return() at ${cur}`);
        return { value: undefined, done: true };
      },
    };
  }
}
const log: string[] = [];
const r = new Range(1, 6, log);
const all: number[] = [];
for (const v of r) all.push(v);
console.log(all, [...r], Array.from(r), log);
for (const v of r) {
  if (v === 3) break;
}
console.log(log);
try {
  for (const v of r) {
    if (v === 2) throw new Error("stop at 2");
  }
} catch (e) {
  console.log((e as Error).message, log);
}
function firstTwo(): number[] {
  for (const v of r) {
    if (v === 2) return [1, v];
  }
  return [];
}
console.log(firstTwo(), log);
const [a, b] = r;
console.log(a, b, log);
const it = r[Symbol.iterator]();
console.log(it.next(), it.next(), it.next(), it.next(), it.next(), it.next(), it.next());
const arrIt = [10, 20][Symbol.iterator]();
console.log(arrIt.next(), arrIt.next(), arrIt.next());
const strIt = "hi"[Symbol.iterator]();
console.log(strIt.next(), strIt.next(), strIt.next());
console.log(new Set(r), new Map([...r].map((v) => [v, v * v])), Math.max(...r));
