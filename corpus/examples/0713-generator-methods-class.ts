// Generator methods in classes: *[Symbol.iterator]() makes instances iterable, instance and
// static generator methods, `this` inside them, inheritance and super calls to generator methods.
class Bag<T> {
  private items: T[] = [];
  add(...xs: T[]): this {
    this.items.push(...xs);
    return this;
  }
  *[Symbol.iterator](): Generator<T> {
    for (const x of this.items) yield x;
  }
  *pairs(): Generator<[number, T]> {
    let i = 0;
    for (const x of this) yield [i++, x];
  }
  static *of<U>(...xs: U[]): Generator<U> {
    yield* xs;
  }
}
const bag = new Bag<string>().add("x", "y", "z");
console.log([...bag], [...bag.pairs()], [...Bag.of(1, 2, 3)]);
for (const item of bag) console.log("item", item);
class Labeled extends Bag<string> {
  label = "L";
  override *pairs(): Generator<[number, string]> {
    for (const [i, x] of super.pairs()) yield [i * 10, `${this.label}:${x}`];
  }
}
const lb = new Labeled().add("p", "q");
console.log([...lb.pairs()], [...lb]);
const m = Bag.prototype.pairs;
console.log(typeof m, m.name, Object.prototype.toString.call(m), Object.getOwnPropertyNames(m));
console.log(Object.getOwnPropertyDescriptor(Bag.prototype, "pairs")?.enumerable);
console.log(Bag.prototype[Symbol.iterator].name);
