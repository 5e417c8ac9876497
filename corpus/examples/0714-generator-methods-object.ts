// Generator methods in object literals: shorthand *name(), computed keys, the iterable protocol
// on a plain object, and `this` bound to the receiver at call time.
const key = "dynamic";
const obj = {
  base: 10,
  *range(n: number) {
    for (let i = 0; i < n; i++) yield this.base + i;
  },
  *[key]() {
    yield `computed ${key}`;
  },
  *[Symbol.iterator]() {
    yield* this.range(3);
  },
};
console.log([...obj.range(2)], [...obj[key]()], [...obj]);
const other = { base: 100, range: obj.range };
console.log([...other.range(2)]);
console.log(obj.range.name, obj[key].name, obj[Symbol.iterator].name);
const detached = obj.range;
try {
  detached(1).next();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
const counter = {
  count: 0,
  *ticks() {
    while (this.count < 3) yield ++this.count;
  },
};
console.log([...counter.ticks()], counter.count, [...counter.ticks()]);
