// Tests console.log (util.inspect) of functions, classes, bound functions, functions with properties and class instances.
function plain(): void {}
const arrow = (): void => {};
class Base {
  a = 1;
  static s = "static";
}
class Derived extends Base {
  b = [1, 2];
  #hidden = 3;
  get computed(): number { return this.#hidden; }
}
class Empty {}
const withProps = Object.assign(function tagged(): void {}, { version: 2, meta: { ok: true } });
console.log(plain, arrow, Base, Derived, Empty, withProps);
console.log([plain, arrow, () => 1, function (): void {}, class {}, class Named {}]);
console.log({ fn: plain, nested: { arrow, cls: Derived }, list: [Base] });
console.log(new Base(), new Derived(), new Empty(), [new Empty(), new Base()]);
console.log(plain.bind(null), Math.max, console.log, Object, Map, Array.prototype.push, JSON.stringify);
const anon = [function (): number { return 1; }][0];
console.log(anon, { anon: (() => (): number => 2)() });
class WithToString {
  toString(): string { return "custom string"; }
}
console.log(new WithToString(), `${new WithToString()}`, [new WithToString()]);
const nullProto = Object.create(null) as Record<string, number>;
nullProto.x = 1;
console.log(nullProto, Object.create(null));
class Deep {
  level1 = { level2: { level3: { level4: "deep" } } };
  list = [new Empty(), { inner: new Base() }];
}
console.log(new Deep());
const inst = new Derived();
(inst as any).extra = plain;
console.log(inst, Object.keys(inst));
const fnWithStatic = Base;
console.log(Object.keys(fnWithStatic), fnWithStatic.s, typeof fnWithStatic);
