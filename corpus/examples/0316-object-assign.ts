// Object.assign: target mutation, source order, getters/setters invoked, null/undefined sources skipped, primitives as sources.
const target: Record<string, unknown> = { a: 1 };
const result = Object.assign(target, { b: 2 }, { a: 10, c: 3 });
console.log(result, result === target);

// null and undefined sources are ignored; strings spread their indices.
console.log(Object.assign({}, null, undefined, "ab", 5, true));

// Getters on the source are read; setters on the target are called.
const log: string[] = [];
const source = {
  get x() {
    log.push("get x");
    return 1;
  },
  y: 2,
};
const sink = {
  set x(v: number) {
    log.push("set x " + v);
  },
  y: 0,
};
Object.assign(sink, source);
console.log(log, sink.y);

// Non-enumerable source properties are not copied.
const src = Object.defineProperty({ shown: 1 }, "notShown", { value: 2, enumerable: false });
console.log(Object.assign({}, src));

// Array targets.
console.log(Object.assign([1, 2, 3], [9, 8]));
console.log(Object.assign([1, 2, 3], { 5: "five" }));

// Assign to a frozen target throws part-way through.
const frozen = Object.freeze({ a: 1 });
const partial: Record<string, number> = {};
try {
  Object.assign(partial, { p: 1 }, frozen);
  Object.assign(frozen, { b: 2 });
} catch (e) {
  console.log(String(e));
}
console.log(partial, frozen);

// Shallow merge of defaults and options.
const defaults = { depth: 2, colors: false, sort: { keys: true } };
const options = { colors: true, extra: undefined };
const merged = Object.assign({}, defaults, options);
console.log(merged, merged.sort === defaults.sort);

// Primitive targets are wrapped, null throws.
console.log(typeof Object.assign(1, { x: 1 }));
try {
  Object.assign(null as unknown as object, {});
} catch (e) {
  console.log(String(e));
}
