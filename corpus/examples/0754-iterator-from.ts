// Iterator.from: iterables, bare iterators (wrapped in %WrapForValidIteratorPrototype%), strings,
// objects already inheriting Iterator.prototype (returned as they are), and its errors.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof Error ? `${e.name}: ${e.message}` : e);
  }
}
let n = 0;
const bare = { next: () => ({ value: ++n, done: n > 3 }) };
const wrapped = Iterator.from(bare);
console.log(wrapped, wrapped.toArray());
console.log(Iterator.from("héllo").toArray(), Iterator.from([1, 2]).map((x) => -x).toArray());
console.log(Iterator.from(new Set(["a"])).toArray(), Iterator.from(new Map([[1, 2]])).toArray());
const arrayIter = [7, 8].values();
console.log(Iterator.from(arrayIter) === arrayIter, Iterator.from(wrapped) === wrapped);
const wrapProto = Object.getPrototypeOf(Iterator.from({ next: () => ({ value: 0, done: true }) }));
console.log(Object.getOwnPropertyNames(wrapProto), Object.getPrototypeOf(wrapProto) === Iterator.prototype);
// next() passes the underlying result through untouched; return() forwards or answers done.
const raw = Iterator.from({ next: () => ({ value: "v", done: false, extra: true }) as IteratorResult<string> });
console.log(raw.next());
console.log(raw.return?.());
let closed = 0;
const closable = Iterator.from({
  next: () => ({ value: 1, done: false }),
  return: () => { closed++; return { value: "closed", done: true }; },
});
console.log(closable.return?.(), closed, closable.take(2).toArray(), closed);
const iterable = { [Symbol.iterator]: () => [10, 20, 30].values() };
console.log(Iterator.from(iterable).drop(1).toArray());
attempt("from(5)", () => Iterator.from(5 as any));
attempt("from(null)", () => Iterator.from(null as any));
attempt("from({})", () => Iterator.from({} as any));
attempt("from bad @@iterator", () => Iterator.from({ [Symbol.iterator]: 5 } as any));
attempt("from @@iterator returning 5", () => Iterator.from({ [Symbol.iterator]: () => 5 } as any));
attempt("wrap next on {}", () => wrapProto.next.call({}));
attempt("wrap return on {}", () => wrapProto.return.call({}));
attempt("from(non-object result)", () => Iterator.from({ next: () => 5 } as any).toArray());
