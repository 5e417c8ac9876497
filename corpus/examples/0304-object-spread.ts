// Object spread: copying order, overriding, skipping null/undefined, spreading strings/arrays, getters invoked once.
const base = { a: 1, b: 2, c: 3 };
const over = { ...base, b: 20, d: 4 };
console.log(over);
const partial: { b?: number; d: number } = { b: 20, d: 4 };
const under = { ...partial, ...base };
console.log(under);

// Spreading null, undefined and primitives.
function maybe(o: object | null | undefined): object | null | undefined {
  return o;
}
const nothing = maybe(null);
const missing = maybe(undefined);
const five = 5 as unknown as object;
const yes = true as unknown as object;
const weird = { ...nothing, ...missing, ...five, ...yes };
console.log(weird, Object.keys(weird).length);
const hey = "hey" as unknown as object;
console.log({ ...hey });
console.log({ ...[10, 20, 30] });

// Spread invokes getters and copies the value, not the accessor.
let reads = 0;
const withGetter = {
  get g() {
    reads++;
    return "got";
  },
};
const copy = { ...withGetter };
console.log(copy, reads);
console.log(Object.getOwnPropertyDescriptor(copy, "g"));

// Shallow copy: nested objects are shared.
const deep = { inner: { v: 1 } };
const shallow = { ...deep };
shallow.inner.v = 99;
console.log(deep.inner.v, shallow.inner === deep.inner);

// Integer keys still come first after spread.
const mixed = { z: 1, 10: "ten", y: 2, 2: "two" };
const spreadMixed = { first: 0, ...mixed, 1: "one" };
console.log(spreadMixed, Object.keys(spreadMixed));

// Rest in destructuring collects the remainder in order.
const { a, ...rest } = over;
console.log(a, rest);
const { b: renamed = 100, x = "default", ...others } = { b: undefined, c: 3, e: 5 } as { b?: number; x?: string; c: number; e: number };
console.log(renamed, x, others);
