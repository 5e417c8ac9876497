// Prototype chains: Object.create, getPrototypeOf, shadowing, method lookup through several levels, null prototypes.
const animal = {
  kind: "animal",
  describe(this: { kind: string; name?: string }) {
    return (this.name ?? "anonymous") + " is a " + this.kind;
  },
};
const dog = Object.create(animal) as typeof animal & { name?: string; bark?: () => string };
dog.kind = "dog";
dog.bark = () => "woof";
const rex = Object.create(dog) as typeof dog;
rex.name = "Rex";

console.log(rex.describe(), dog.describe(), animal.describe());
console.log(Object.getPrototypeOf(rex) === dog, Object.getPrototypeOf(dog) === animal);
console.log(Object.getPrototypeOf(animal) === Object.prototype, Object.getPrototypeOf(Object.prototype));
console.log(Object.keys(rex), "kind" in rex, Object.prototype.hasOwnProperty.call(rex, "kind"));
console.log(rex);

// Walk the chain.
let depth = 0;
for (let p: object | null = rex; p !== null; p = Object.getPrototypeOf(p)) depth++;
console.log("depth", depth);

// isPrototypeOf.
console.log(animal.isPrototypeOf(rex), Object.prototype.isPrototypeOf(rex), rex.isPrototypeOf(animal));

// Changing the prototype object is seen by all descendants.
(animal as { kind: string }).kind = "creature";
const cat = Object.create(animal) as typeof animal;
console.log(cat.describe(), rex.describe());

// Null-prototype objects have no inherited methods.
const bare = Object.create(null) as Record<string, number>;
bare.x = 1;
console.log(Object.getPrototypeOf(bare), Object.keys(bare), "toString" in bare);
console.log(bare);
try {
  console.log(String(bare));
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}

// Prototypes of built-in values.
console.log(Object.getPrototypeOf([]) === Array.prototype, Object.getPrototypeOf("s") === String.prototype);
console.log(Object.getPrototypeOf(Object.getPrototypeOf([])) === Object.prototype);
console.log(Object.getPrototypeOf(() => 1) === Function.prototype, Object.getPrototypeOf(5) === Number.prototype);
