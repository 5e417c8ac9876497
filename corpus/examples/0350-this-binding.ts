// this binding: method calls, detached methods (undefined in strict mode), arrows capturing this, call/apply/bind, callbacks.
"use strict";
const obj = {
  name: "obj",
  regular() {
    return this === undefined ? "undefined" : (this as { name: string }).name;
  },
  arrowInside() {
    const inner = () => this.name;
    return inner();
  },
  nested() {
    function plain(this: unknown) {
      return this === undefined ? "plain: undefined" : "plain: defined";
    }
    return plain();
  },
};

console.log(obj.regular(), obj.arrowInside(), obj.nested());
const detached = obj.regular;
console.log(detached());
console.log(detached.call({ name: "called" }), detached.apply({ name: "applied" }, []));
const bound = detached.bind({ name: "bound" });
console.log(bound(), bound.call({ name: "ignored" }), bound.name, bound.length);

// bind partial application.
function add(this: { base: number }, a: number, b: number): number {
  return this.base + a + b;
}
const add10 = add.bind({ base: 10 }, 1);
console.log(add10(2), add10(100), add10.name, add10.length);

// call with primitives: this stays a primitive in strict mode.
function kind(this: unknown): string {
  return typeof this;
}
console.log(kind.call(5), kind.call("s"), kind.call(null), kind.call(undefined), kind.call({}));

// Callbacks passed to array methods get thisArg.
const ctx = { factor: 3 };
console.log([1, 2, 3].map(function (this: typeof ctx, x) {
  return x * this.factor;
}, ctx));
console.log([1, 2].map((x) => typeof this + x));

// Reading a property of undefined this throws the usual TypeError.
class Greeter {
  greeting = "hello";
  greet() {
    return this.greeting + "!";
  }
}
const g = new Greeter();
const loose = g.greet;
try {
  loose();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
const fixedGreet = g.greet.bind(g);
console.log(fixedGreet(), [g].map((x) => x.greet()));

// this at module top level is undefined.
console.log(typeof this);
