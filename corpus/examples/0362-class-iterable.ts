// User-defined iterables via [Symbol.iterator]: for-of, spread, Array.from, destructuring, early exit calling return().
class Range {
  start: number;
  end: number;
  step: number;
  constructor(start: number, end: number, step = 1) {
    this.start = start;
    this.end = end;
    this.step = step;
  }
  [Symbol.iterator](): Iterator<number> {
    let cur = this.start;
    const end = this.end;
    const step = this.step;
    return {
      next(): IteratorResult<number> {
        if (step > 0 ? cur < end : cur > end) {
          const value = cur;
          cur += step;
          return { value, done: false };
        }
        return { value: undefined, done: true };
      },
    };
  }
}

console.log([...new Range(0, 5)]);
console.log([...new Range(10, 0, -3)]);
console.log(Array.from(new Range(1, 4), (x) => x * x));
const [a, b, ...rest] = new Range(100, 106);
console.log(a, b, rest);
let sum = 0;
for (const v of new Range(0, 101)) sum += v;
console.log(sum);
console.log(new Set(new Range(0, 3)), new Map(Array.from(new Range(0, 2), (i) => [i, "v" + i])));
console.log(new Range(0, 3));

// An iterator with return(): called when a for-of loop exits early.
const events: string[] = [];
const tracked = {
  [Symbol.iterator]() {
    let i = 0;
    return {
      next() {
        events.push("next " + i);
        return i < 5 ? { value: i++, done: false } : { value: undefined, done: true };
      },
      return() {
        events.push("return");
        return { value: undefined, done: true };
      },
    };
  },
};
for (const v of tracked as Iterable<number>) {
  if (v === 2) break;
}
console.log(events);
events.length = 0;
const [first] = tracked as Iterable<number>;
console.log(first, events);
events.length = 0;
try {
  for (const v of tracked as Iterable<number>) {
    if (v === 1) throw new Error("stop at " + v);
  }
} catch (e) {
  console.log((e as Error).message, events);
}

// Iterating a non-iterable.
try {
  const notIterable = { length: 2 } as unknown as number[];
  for (const v of notIterable) console.log(v);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  const [z] = {} as unknown as number[];
  console.log(z);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
