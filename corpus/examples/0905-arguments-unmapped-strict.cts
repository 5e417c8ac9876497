"use strict";
// With "use strict" every function gets an unmapped arguments object (ECMA-262 10.4.4.6): indices
// do not alias parameters, and callee is an accessor that throws.
function noAlias(a: number): string {
  arguments[0] = 9;
  const seen = a;
  a = 3;
  return `${seen} ${a} ${arguments[0]}`;
}
console.log(noAlias(1));

function args(...xs: unknown[]): IArguments {
  return arguments;
}
console.log(args());
console.log(args(1, "two", { three: [3] }));
const extra = args(1, 2) as IArguments & { label?: string };
extra.label = "x";
console.log(extra, [args(0)]);

console.log(Object.prototype.toString.call(args(1)), typeof args(1), Array.isArray(args(1)));
console.log(JSON.stringify(args(1, 2)), Object.keys(args(1, 2)), Object.getOwnPropertyNames(args(1, 2)));
console.log(Object.getOwnPropertyDescriptor(args(1), "length"));
const callee = Object.getOwnPropertyDescriptor(args(), "callee")!;
console.log(typeof callee.get, callee.get === callee.set, callee.enumerable, callee.configurable);
try {
  console.log(args().callee);
} catch (e) {
  console.log(String(e));
}

// Iteration, spread, Array.from and the generic Array methods.
function sum(): number {
  let total = 0;
  for (const x of arguments) total += x as number;
  return total;
}
console.log((sum as (...xs: number[]) => number)(1, 2, 3, 4));
console.log([...args(1, 2)], Array.from(args(3, 4)), Array.prototype.slice.call(args(5, 6, 7), 1));
console.log(Array.prototype.map.call(args(1, 2), (x) => (x as number) * 10));
console.log(Math.max.apply(null, args(3, 9, 2) as unknown as number[]));
console.log(args(1)[Symbol.iterator] === Array.prototype.values);

function forward(...xs: number[]): number {
  return Math.min(...arguments);
}
console.log(forward(4, 2, 8));

class Box {
  value: number;
  constructor(v: number) {
    this.value = arguments.length + v;
  }
  method(a: number): string {
    arguments[0] = 0;
    return `${a} ${arguments.length}`;
  }
}
console.log(new Box(10).value, new Box(1).method(5));

// Deleting and redefining never touches a parameter here.
function del(a: number): string {
  delete arguments[0];
  return `${a} ${arguments[0]} ${arguments.length} ${0 in arguments}`;
}
console.log(del(1));
