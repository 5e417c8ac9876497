// Class and function names: class expressions, name inference from bindings/properties, methods non-enumerable, typeof, String(class).
const Anon = class {};
const NamedExpr = class Inner {
  who(): string {
    return Inner.name;
  }
};
const holder = {
  Prop: class {},
  method() {},
  arrow: () => 0,
  ["comp" + "uted"]: function () {},
};

console.log(Anon.name, NamedExpr.name, new NamedExpr().who());
console.log(holder.Prop.name, holder.method.name, holder.arrow.name, (holder as Record<string, { name: string }>).computed.name);
console.log(typeof Anon, typeof new Anon(), typeof holder.method);

// Methods defined in a class body are non-enumerable; fields are enumerable.
class M {
  f = 1;
  m(): void {}
  static sm(): void {}
  get g(): number {
    return 1;
  }
}
console.log(Object.keys(M.prototype), Object.getOwnPropertyNames(M.prototype));
console.log(Object.keys(M), Object.getOwnPropertyNames(M).sort());
console.log(Object.getOwnPropertyDescriptor(M.prototype, "m")!.enumerable);
for (const k in new M()) console.log("for-in key", k);

// Function length counts parameters before the first default/rest.
function f0() {}
function f2(a: number, b: number) {
  return a + b;
}
function fDefault(a: number, b = 2, c?: number) {
  return a + b + (c ?? 0);
}
function fRest(a: number, ...rest: number[]) {
  return a + rest.length;
}
class Ctor {
  constructor(a: number, b: number) {
    void a;
    void b;
  }
}
console.log(f0.length, f2.length, fDefault.length, fRest.length, Ctor.length, ((x: number, y = 1) => x + y).length);

// Printing classes and functions.
console.log(M, NamedExpr, Anon, holder.Prop);
console.log(f2, fDefault, holder.arrow, holder.method);
console.log([M, f2, () => 1, function () {}]);

// Class declarations are block scoped and in TDZ before the declaration.
{
  const make = () => new Later();
  try {
    make();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
  class Later {}
  console.log(new Later());
}
