// Tests instanceof along class/prototype chains and the in operator on objects, arrays, holes and inherited keys.
class Animal {
  name = "animal";
}
class Dog extends Animal {
  bark(): string { return "woof"; }
}
class Puppy extends Dog {}
const p = new Puppy();
const d = new Dog();
console.log(p instanceof Puppy, p instanceof Dog, p instanceof Animal, p instanceof Object);
console.log(d instanceof Puppy, d instanceof Dog, [] instanceof Array, [] instanceof Object);
console.log(Object.create(null) instanceof Object, new Map() instanceof Map, new Set() instanceof Map);
const fn = function (): void {};
console.log(fn instanceof Function, fn instanceof Object, Dog instanceof Function);
const e = new TypeError("t");
console.log(e instanceof TypeError, e instanceof Error, e instanceof RangeError);
const prims: any[] = [1, "s", true, null, undefined];
console.log(prims.map((v) => v instanceof Object));
console.log("name" in p, "bark" in p, "bark" in new Animal(), "constructor" in p, "toString" in p);
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr, "0" in arr);
const obj: Record<string, unknown> = { a: undefined, 1: "one" };
console.log("a" in obj, "b" in obj, 1 in obj, "1" in obj, "toString" in obj);
const bare = Object.create(null) as Record<string, number>;
bare.x = 1;
console.log("x" in bare, "toString" in bare);
delete obj.a;
console.log("a" in obj, Object.keys(obj));
try {
  const notObj: any = 5;
  console.log("x" in notObj);
} catch (err) {
  console.log((err as Error).name, (err as Error).message);
}
try {
  const notCallable: any = {};
  console.log(p instanceof notCallable);
} catch (err) {
  console.log((err as Error).name, (err as Error).message);
}
try {
  const str: any = "abc";
  console.log("length" in str);
} catch (err) {
  console.log((err as Error).name, (err as Error).message);
}
