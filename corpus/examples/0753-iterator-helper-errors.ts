// V8's errors from the iterator helpers: non-callable callbacks, bad take/drop limits, a reduce
// of an empty iterator, non-object receivers, incompatible receivers, the abstract Iterator.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, e instanceof Error ? `${e.name}: ${e.message}` : e);
  }
}
const it = () => [1, 2, 3].values();
const loose = Iterator.prototype as any;
attempt("map(1)", () => it().map(1 as any));
attempt("filter()", () => (it() as any).filter());
attempt("flatMap({})", () => it().flatMap({} as any));
attempt("forEach(null)", () => it().forEach(null as any));
attempt("some('f')", () => it().some("f" as any));
attempt("take(-1)", () => it().take(-1));
attempt("take(NaN)", () => it().take(NaN));
attempt("take('x')", () => it().take("x" as any));
attempt("take({})", () => it().take({} as any));
attempt("take([1, 2])", () => it().take([1, 2] as any));
attempt("drop(-Infinity)", () => it().drop(-Infinity));
attempt("drop(undefined)", () => (it() as any).drop());
attempt("take('2')", () => it().take("2" as any).toArray());
const none: number[] = [];
attempt("reduce empty", () => none.values().reduce((a, b) => a + b));
attempt("reduce empty with init", () => none.values().reduce((a, b) => a + b, 0));
attempt("flatMap(1)", () => it().flatMap(1 as any));
attempt("map on number", () => loose.map.call(5, (x: number) => x));
attempt("toArray on null", () => loose.toArray.call(null));
attempt("reduce on undefined", () => loose.reduce.call(undefined, (a: number) => a));
attempt("flatMap to number", () => it().flatMap((x) => x as any).toArray());
attempt("flatMap to string", () => it().flatMap(() => "ab" as any).toArray());
attempt("flatMap to String object", () => it().flatMap(() => new String("ab")).toArray());
attempt("flatMap bad @@iterator", () => it().flatMap(() => ({ [Symbol.iterator]: 5 }) as any).toArray());
attempt("new Iterator", () => new (Iterator as any)());
attempt("Iterator()", () => (Iterator as any)());
const helperProto = Object.getPrototypeOf(it().map((x) => x));
attempt("helper next on {}", () => helperProto.next.call({}));
attempt("helper return on 5", () => helperProto.return.call(5));
attempt("helper next on array iterator", () => helperProto.next.call(it()));
attempt("map callback throws", () => it().map(() => { throw new RangeError("inside"); }).next());
attempt("assign toStringTag", () => { (Iterator.prototype as any)[Symbol.toStringTag] = "X"; });
