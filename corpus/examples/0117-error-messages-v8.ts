// Tests V8's TypeError/RangeError/ReferenceError messages for common runtime faults, printed via name and message.
function attempt(label: string, f: () => unknown): void {
  try {
    f();
    console.log(label, "-> no error");
  } catch (e) {
    const err = e as Error;
    console.log(label, "->", err.constructor.name, "|", err.message);
  }
}
const u: any = undefined;
const n: any = null;
const o: any = { inner: undefined, fn: 5, nested: { deep: null } };
attempt("read undefined.x", () => u.x);
attempt("read null.x", () => n.x);
attempt("read undefined[0]", () => u[0]);
attempt("read nested", () => o.inner.value);
attempt("read deep null", () => o.nested.deep.value);
attempt("write undefined.x", () => { u.x = 1; });
attempt("write null[k]", () => { n["k"] = 1; });
attempt("call undefined", () => u());
attempt("call number prop", () => o.fn());
attempt("call missing method", () => o.missing());
attempt("call nested missing", () => o.nested.go());
attempt("new non-constructor", () => new o.fn());
attempt("new arrow", () => { const A: any = () => 1; return new A(); });
attempt("iterate number", () => { for (const x of (5 as any)) console.log(x); });
attempt("iterate object", () => { const [a] = ({} as any); return a; });
attempt("spread undefined", () => [...u]);
attempt("destructure null", () => { const { a } = n; return a; });
attempt("destructure undefined", () => { const { b } = u; return b; });
attempt("invalid array length", () => new Array(-1));
attempt("array length 2^32", () => { const a: number[] = []; a.length = 2 ** 32; });
attempt("repeat negative", () => "x".repeat(-1));
attempt("repeat infinity", () => "x".repeat(Infinity));
attempt("frozen write", () => { const f: any = Object.freeze({ a: 1 }); f.a = 2; });
attempt("frozen add", () => { const f: any = Object.freeze([1]); f.push(2); });
attempt("getter-only write", () => { const g: any = { get v(): number { return 1; } }; g.v = 2; });
attempt("class call without new", () => { class C {} const Cc: any = C; return Cc(); });
attempt("JSON.parse bad", () => JSON.parse("{bad json}"));
attempt("JSON.parse empty", () => JSON.parse(""));
attempt("circular JSON", () => { const c: any = {}; c.self = c; return JSON.stringify(c); });
attempt("reduce empty", () => ([] as number[]).reduce((a, b) => a + b));
attempt("Object.defineProperty on primitive", () => Object.defineProperty(1 as any, "x", { value: 1 }));
attempt("Symbol.iterator not callable", () => { const it: any = { [Symbol.iterator]: 1 }; return [...it]; });
