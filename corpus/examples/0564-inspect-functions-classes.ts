// util.inspect of functions and classes: names, anonymous, arrows, methods, bound functions, classes with extends, props on functions.
function declared() {}
const arrow = () => {};
const anonymous = [function () {}][0];
const anonArrow = [() => {}][0];
const obj = {
  method() {},
  get accessor() {
    return 1;
  },
  set accessor(_v: number) {},
  ["computed" + 1]: () => 0,
};
console.log(declared, arrow, anonymous, anonArrow);
console.log(obj);
console.log(declared.bind(null), arrow.bind(null), anonymous.bind(null));

class Base {}
class Derived extends Base {}
const Expr = class {};
const NamedExpr = class Inner extends Derived {};
console.log(Base, Derived, Expr, NamedExpr);
console.log([Base, Derived], { cls: Derived });

// Functions with own properties.
function withProps() {}
withProps.version = 2;
withProps.meta = { author: "x" };
console.log(withProps);
const arrowWithProps = Object.assign(() => 1, { tag: "t" });
console.log(arrowWithProps);

// Class with static members.
class Config {
  static defaults = { depth: 2 };
  static version = "1.0";
  static create() {
    return new Config();
  }
}
console.log(Config);
class Child extends Config {
  static extra = true;
}
console.log(Child);

// Built-in functions and constructors.
console.log(Math.max, Array.prototype.push, Object, Map, Number.parseFloat);
console.log([parseInt, JSON.stringify, String]);

// Function name edge cases.
const renamed = function originalName() {};
const holder = { prop: function () {} };
console.log(renamed, holder.prop, holder);
console.log(typeof declared, typeof Base, declared.name, Expr.name, anonymous.name === "");
