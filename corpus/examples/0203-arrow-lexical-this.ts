// Tests `this` in arrows (lexical) versus methods and plain function calls (undefined in strict mode), plus call/apply/bind.
class Counter {
  count = 0;
  label: string;
  constructor(label: string) { this.label = label; }
  incrementAll(xs: number[]): number {
    xs.forEach((x) => { this.count += x; });
    return this.count;
  }
  makeGetter(): () => string {
    return () => `${this.label}:${this.count}`;
  }
  method(): string {
    return this === undefined ? "this is undefined" : `this.label=${this.label}`;
  }
}
const c = new Counter("c1");
console.log(c.incrementAll([1, 2, 3]));
const getter = c.makeGetter();
c.count = 100;
console.log(getter());
const detached = c.method;
console.log(c.method(), detached());
const other = new Counter("c2");
console.log(detached.call(other), detached.apply(other, []), detached.bind(other)());
console.log(getter.call(other));
function whoAmI(this: unknown): string {
  return this === undefined ? "undefined" : typeof this === "object" ? JSON.stringify(this) : `${typeof this}:${String(this)}`;
}
console.log(whoAmI.call(undefined), whoAmI.call(null), whoAmI.call({ k: 1 }), whoAmI.call(5), whoAmI.call("s"));
const o = {
  name: "o",
  regular(): string { return this.name; },
  arrow: (): string => typeof this,
  nested(): string[] {
    const inner = (): string => this.name;
    function plain(this: unknown): string { return String(this); }
    return [inner(), plain()];
  },
};
console.log(o.regular(), o.arrow(), o.nested());
const boundTwice = whoAmI.bind({ first: 1 }).bind({ second: 2 });
console.log(boundTwice());
function add(this: { base: number }, a: number, b: number): number {
  return this.base + a + b;
}
console.log(add.call({ base: 100 }, 1, 2), add.apply({ base: 200 }, [3, 4]), add.bind({ base: 300 }, 5)(6));
const arrowIgnoresBind = ((): string => typeof this).bind({ x: 1 });
console.log(arrowIgnoresBind());
