// When the helpers close the underlying iterator (call its return()): early exits of some/every/find
// and take, callback exceptions, return() on a helper before and after it starts, flatMap closing
// the inner iterator first; and when they do not: errors thrown by next() itself.
function source(name: string, count: number) {
  let i = 0;
  return Iterator.from({
    next(): IteratorResult<number> {
      i++;
      console.log(`${name}.next -> ${i}`);
      return i > count ? { value: undefined, done: true } : { value: i, done: false };
    },
    return(): IteratorResult<number> {
      console.log(`${name}.return`);
      return { value: undefined, done: true };
    },
  });
}
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof Error ? `${e.name}: ${e.message}` : e);
  }
}
attempt("some", () => source("s", 5).some((x) => x === 2));
attempt("every", () => source("e", 5).every((x) => x < 2));
attempt("find", () => source("f", 5).find((x) => x === 3));
attempt("find none", () => source("n", 2).find((x) => x === 9));
attempt("take", () => source("t", 5).take(2).toArray());
attempt("take exact", () => source("x", 2).take(2).toArray());
attempt("map throws", () => source("m", 5).map((x) => { if (x === 2) throw new Error("bad " + x); return x; }).toArray());
attempt("filter throws", () => source("p", 5).filter(() => { throw "plain"; }).next());
attempt("forEach throws", () => source("q", 5).forEach((x) => { if (x > 1) throw new TypeError("stop"); }));
attempt("reduce throws", () => source("r", 5).reduce((a, x) => { if (x === 3) throw 3; return a + x; }, 0));
attempt("return before start", () => { const h = source("b", 5).map((x) => x); return [h.return?.(), h.next()]; });
attempt("return after start", () => { const h = source("a", 5).map((x) => x); h.next(); return [h.return?.(), h.return?.()]; });
attempt("flatMap return", () => { const h = source("outer", 3).flatMap(() => source("inner", 3)); h.next(); return h.return?.(); });
attempt("bad callback closes", () => source("c", 5).map(42 as any));
attempt("bad limit closes", () => source("l", 5).drop(NaN));
const failing = Iterator.from({
  next(): IteratorResult<number> { throw new Error("next failed"); },
  return(): IteratorResult<number> { console.log("never closed"); return { value: undefined, done: true }; },
});
attempt("next throws", () => failing.map((x) => x).toArray());
attempt("for-of break over helper", () => { for (const x of source("loop", 5).map((v) => v * 2)) if (x === 4) break; return "broke"; });
attempt("destructuring a helper", () => { const [a, b] = source("d", 5).filter((x) => x % 2 === 1); return [a, b]; });
