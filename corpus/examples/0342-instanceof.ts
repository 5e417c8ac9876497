// instanceof: class hierarchies, built-ins, primitives, Object.create, changed prototypes, non-callable right-hand side errors.
class Animal {}
class Dog extends Animal {}
class Cat extends Animal {}
const d = new Dog();

console.log(d instanceof Dog, d instanceof Animal, d instanceof Object, d instanceof Cat);
console.log([] instanceof Array, [] instanceof Object, {} instanceof Array);
console.log(new Map() instanceof Map, new Set() instanceof Map, new Error("x") instanceof Error);
console.log(new TypeError("t") instanceof Error, new RangeError("r") instanceof TypeError);
console.log((() => 1) instanceof Function, (() => 1) instanceof Object, Dog instanceof Function);

// Primitives are never instances, even of their wrappers.
const prims: unknown[] = [1, "s", true, null, undefined];
console.log(prims.map((p) => p instanceof Object));
console.log((5 as unknown) instanceof Number, ("s" as unknown) instanceof String);

// Null-prototype objects are not instances of Object.
const bare = Object.create(null) as object;
console.log(bare instanceof Object);

// Object.create with a class prototype makes instanceof true without running the constructor.
const fakeDog = Object.create(Dog.prototype) as Dog;
console.log(fakeDog instanceof Dog, fakeDog instanceof Animal, fakeDog);

// Changing an object's prototype changes the answer.
const shifty = new Cat();
console.log(shifty instanceof Cat, shifty instanceof Dog);
Object.setPrototypeOf(shifty, Dog.prototype);
console.log(shifty instanceof Cat, shifty instanceof Dog, shifty);

// Errors for a non-callable or non-object right-hand side.
const rhs: unknown[] = [{}, 5, "Dog", null, undefined];
for (const r of rhs) {
  try {
    console.log(d instanceof (r as typeof Dog));
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// Dispatch on type via instanceof.
function describe(x: unknown): string {
  if (x instanceof Dog) return "dog";
  if (x instanceof Animal) return "some animal";
  if (x instanceof Array) return "array of " + x.length;
  if (x instanceof Error) return "error " + x.message;
  return typeof x;
}
console.log([new Dog(), new Cat(), [1, 2], new SyntaxError("bad"), "str", null].map(describe));
