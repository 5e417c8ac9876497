// A folder whose package.json has no "type": Node runs main.ts as CommonJS, sloppy, so a plain
// call's `this` is the global object and a primitive receiver is boxed (ECMA-262 10.2.1.2).
function kind(this: unknown): string {
  return typeof this;
}
console.log(kind(), kind.call(undefined), kind.call(null), kind.call(7), kind.call("s"), kind.call(true));

function isGlobal(this: unknown): boolean {
  return this === globalThis;
}
console.log(isGlobal(), isGlobal.call(null), isGlobal.call({}));

function boxed(this: unknown): string {
  return Object.prototype.toString.call(this) + " " + (this instanceof Number);
}
console.log(boxed.call(42));

// "use strict" in a function body, and every class body, stay strict.
function strictKind(this: unknown): string {
  "use strict";
  return typeof this;
}
console.log(strictKind(), strictKind.call(7));

class Counter {
  count = 0;
  report(this: unknown): string {
    return typeof this;
  }
}
const detached = new Counter().report;
console.log(detached());

const obj = {
  name: "obj",
  who(this: unknown): string {
    return this === globalThis ? "global" : String((this as { name: string }).name);
  },
};
const who: () => string = obj.who;
console.log(obj.who(), who());

// Arrows see the enclosing function's (substituted) `this`.
function outer(this: unknown): boolean {
  const inner = (): unknown => this;
  return inner() === globalThis;
}
console.log(outer());
