// Tests the evaluation order of destructuring: iterator steps, getters and defaults run left to right, defaults only when needed.
const log: string[] = [];
function val<T>(label: string, v: T): T {
  log.push(label);
  return v;
}
const src = {
  get a(): number | undefined { log.push("get a"); return undefined; },
  get b(): number { log.push("get b"); return 2; },
  get c(): number { log.push("get c"); return 3; },
};
const { a = val("default a", 1), b = val("default b", 99), c } = src;
console.log(a, b, c, log.join(" > "));
log.length = 0;
const iterable = {
  [Symbol.iterator](): Iterator<number> {
    let i = 0;
    return {
      next(): IteratorResult<number> {
        log.push(`next ${i}`);
        return i < 3 ? { value: i++ * 10, done: false } : { value: undefined, done: true };
      },
      return(): IteratorResult<number> {
        log.push("return");
        return { value: undefined, done: true };
      },
    };
  },
};
const [x, y = val("default y", -1)] = iterable;
console.log(x, y, log.join(" > "));
log.length = 0;
const [p, q, r, s = val("default s", 7)] = iterable;
console.log(p, q, r, s, log.join(" > "));
log.length = 0;
const [...all] = iterable;
console.log(all, log.join(" > "));
log.length = 0;
const target: Record<string, unknown> = {};
const keyOf = (k: string): string => val(`key ${k}`, k);
({ [keyOf("m")]: target[keyOf("tm")], [keyOf("n")]: target[keyOf("tn")] = val("default n", "N") } = { m: "M" } as Record<string, string>);
console.log(target, log.join(" > "));
