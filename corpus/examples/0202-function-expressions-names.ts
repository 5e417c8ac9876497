// Tests function expressions and arrows: inferred .name, named expressions recursing on themselves, .length and inspect output.
const anon = function (): number { return 1; };
const named = function realName(): number { return 2; };
const arrow = (a: number, b: number): number => a + b;
const obj = {
  method(): void {},
  prop: function (): void {},
  arrowProp: (): void => {},
  ["computed" + 1]: (): void => {},
};
console.log(anon.name, named.name, arrow.name, obj.method.name, obj.prop.name, obj.arrowProp.name, (obj.computed1 as () => void).name);
console.log([function (): void {}].map((f) => JSON.stringify(f.name)), JSON.stringify((() => 0).name));
const fact = function f(n: number): number {
  return n <= 1 ? 1 : n * f(n - 1);
};
console.log(fact(10), fact.name);
function lengths(): number[] {
  function a(): void {}
  function b(x: number): number { return x; }
  function c(x: number, y = 2): number { return x + y; }
  function d(x: number, ...rest: number[]): number { return x + rest.length; }
  function e(x?: number, y?: number): number { return (x ?? 0) + (y ?? 0); }
  function g(x = 1, y: number): number { return x + y; }
  return [a.length, b.length, c.length, d.length, e.length, g.length];
}
console.log(lengths());
console.log(anon, named, arrow, obj.method, fact);
class Klass {
  static create(): Klass { return new Klass(); }
  run(): void {}
}
console.log(Klass, Klass.create, new Klass().run, Klass.name, Klass.create.name);
const bound = named.bind(null);
console.log(bound.name, bound(), bound);
const holder: Record<string, () => number> = {};
holder.assigned = () => 3;
console.log(JSON.stringify(holder.assigned.name));
let reassigned = (): number => 1;
const copy = reassigned;
reassigned = (): number => 2;
console.log(copy.name, reassigned.name, copy(), reassigned());
