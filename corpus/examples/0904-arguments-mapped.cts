// A .cts file is CommonJS, so these functions are sloppy: a function with a simple parameter list
// gets a mapped arguments object whose indices alias its parameters both ways (ECMA-262 10.4.4).
function count(a: number, b: number): number {
  return arguments.length;
}
const loose = count as (...xs: number[]) => number;
console.log(count(1, 2), loose(), loose(1), loose(1, 2, 3, 4));

function aliasBothWays(a: number, b: number): string {
  arguments[0] = 10; // writes a
  b = 20;             // writes arguments[1]
  return `${a} ${arguments[1]} ${arguments.length}`;
}
console.log(aliasBothWays(1, 2));

// Only parameters the caller passed are mapped.
function missing(a: number, b?: number): string {
  arguments[1] = 5;
  b = 6;
  return `${b} ${arguments[1]} ${arguments.length}`;
}
console.log(missing(1));

// delete ends the mapping: the parameter keeps its value, the property is independent afterwards.
function afterDelete(a: number): string {
  a = 2;
  delete arguments[0];
  arguments[0] = 7;
  a = 3;
  return `${a} ${arguments[0]}`;
}
console.log(afterDelete(1));

// defineProperty with writable:false stores the new value, then ends the mapping.
function readOnly(a: number): string {
  Object.defineProperty(arguments, "0", { value: 5, writable: false });
  a = 6;
  return `${a} ${arguments[0]}`;
}
console.log(readOnly(1));

// An accessor ends the mapping with the parameter's last value.
function accessor(a: number): string {
  a = 4;
  Object.defineProperty(arguments, "0", { get: () => "getter" });
  a = 9;
  return `${a} ${arguments[0]}`;
}
console.log(accessor(1));

// Freezing makes the properties read-only: the parameter goes its own way.
function frozen(a: number): string {
  Object.freeze(arguments);
  a = 6;
  return `${a} ${arguments[0]} ${Object.isFrozen(arguments)}`;
}
console.log(frozen(1));

// Arrows and closures share the enclosing function's arguments and parameters.
function viaArrow(a: number): number {
  const read = (): number => arguments[0] + a;
  const write = (v: number): void => { arguments[0] = v; };
  write(50);
  return read();
}
console.log(viaArrow(1));

function counter(start: number): () => number {
  return () => ++arguments[0] + start;
}
const next = counter(0);
console.log(next(), next(), next());

// callee is the function itself in sloppy code.
function factorial(n: number): number {
  return n <= 1 ? 1 : n * (arguments.callee as (n: number) => number)(n - 1);
}
console.log(factorial(6));

// Parameter lists that are not simple get an unmapped object even in sloppy code.
function withDefault(a = 1): string {
  arguments[0] = 99;
  return `${a} ${arguments[0]} ${arguments.length}`;
}
console.log(withDefault(), withDefault(2));
function withRest(first: number, ...rest: number[]): string {
  arguments[0] = 99;
  return `${first} ${rest.length} ${arguments.length}`;
}
console.log(withRest(1, 2, 3));
function destructured({ x }: { x: number }): string {
  return `${x} ${typeof arguments[0]}`;
}
console.log(destructured({ x: 3 }));

// A generator's arguments object is created at the call.
function* gen(a: number): Generator<number> {
  a = 5;
  yield arguments[0];
  yield arguments.length;
}
console.log([...gen(1)]);
