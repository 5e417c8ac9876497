// Object.freeze/isFrozen in strict mode: writes, adds and deletes throw TypeError with V8 messages; freezing is shallow.
const config = Object.freeze({ host: "localhost", port: 8080, inner: { mutable: 1 } });
console.log(Object.isFrozen(config), Object.isFrozen(config.inner));

function attempt(label: string, f: () => void): void {
  try {
    f();
    console.log(label, "ok");
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

attempt("write", () => {
  (config as { port: number }).port = 1;
});
attempt("add", () => {
  (config as unknown as Record<string, number>).extra = 1;
});
attempt("delete", () => {
  delete (config as { host?: string }).host;
});
attempt("inner", () => {
  config.inner.mutable = 2;
});
console.log(config);

// Frozen arrays.
const arr = Object.freeze([1, 2, 3]);
attempt("index", () => {
  (arr as number[])[0] = 9;
});
attempt("push", () => {
  (arr as number[]).push(4);
});
attempt("pop", () => {
  (arr as number[]).pop();
});
attempt("length", () => {
  (arr as number[]).length = 0;
});
attempt("sort", () => {
  (arr as number[]).sort();
});
console.log(arr, Object.isFrozen(arr));
console.log(arr.map((x) => x * 2), Object.isFrozen(arr.map((x) => x)));

// Primitives and empty non-extensible objects count as frozen.
console.log(Object.isFrozen(1), Object.isFrozen("s"), Object.isFrozen({}), Object.isFrozen(Object.freeze({})));
console.log(Object.freeze(5), Object.freeze("str"));

// Deep freeze helper.
function deepFreeze<T extends object>(o: T): T {
  for (const v of Object.values(o)) if (typeof v === "object" && v !== null) deepFreeze(v);
  return Object.freeze(o);
}
const tree = deepFreeze({ a: { b: { c: [1, 2] } } });
console.log(Object.isFrozen(tree.a.b.c));
attempt("deep", () => {
  tree.a.b.c.push(3);
});

// Frozen accessor still runs its setter.
let store = 0;
const acc = Object.freeze({
  set v(x: number) {
    store = x;
  },
});
(acc as { v: number }).v = 42;
console.log(store);
