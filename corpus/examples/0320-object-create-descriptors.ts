// Object.create with property descriptors: defaults (non-writable, non-enumerable, non-configurable) and their effects.
const proto = {
  greet(this: { name: string }) {
    return "hi " + this.name;
  },
};
const o = Object.create(proto, {
  name: { value: "ada", enumerable: true },
  secret: { value: 42 },
  upper: {
    get(this: { name: string }) {
      return this.name.toUpperCase();
    },
    enumerable: true,
  },
}) as { name: string; secret: number; upper: string; greet(): string };

console.log(o.greet(), o.secret, o.upper);
console.log(Object.keys(o), o);
console.log(JSON.stringify(o));

const d = Object.getOwnPropertyDescriptor(o, "secret");
console.log(d);
console.log(Object.getOwnPropertyDescriptor(o, "name"));
console.log(Object.getOwnPropertyDescriptor(o, "greet"));

try {
  o.name = "bob";
} catch (e) {
  console.log((e as Error).message);
}
try {
  o.upper = "X";
} catch (e) {
  console.log((e as Error).message);
}
try {
  delete (o as { secret?: number }).secret;
} catch (e) {
  console.log((e as Error).message);
}
console.log(o.name, o.upper, o.secret);

// Object.create(null) vs {} for dictionary use.
const dict = Object.create(null) as Record<string, number>;
for (const w of ["constructor", "toString", "a", "constructor"]) dict[w] = (dict[w] ?? 0) + 1;
console.log(dict, Object.keys(dict));
const plain: Record<string, unknown> = {};
console.log(typeof plain["constructor"], typeof plain["toString"], "constructor" in plain);

// Invalid prototype argument.
try {
  Object.create(5 as unknown as object);
} catch (e) {
  console.log(String(e));
}
