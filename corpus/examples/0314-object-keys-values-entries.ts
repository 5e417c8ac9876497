// Object.keys/values/entries on objects, arrays, strings, non-enumerable and inherited properties; round trip with fromEntries.
const obj = { name: "tsn", version: 1, tags: ["a", "b"], nested: { deep: true } };
console.log(Object.keys(obj));
console.log(Object.values(obj));
console.log(Object.entries(obj));

// Arrays and strings.
console.log(Object.keys(["x", "y", "z"]), Object.values(["x", , "z"]), Object.entries([7, 8]));
console.log(Object.keys("hé!"), Object.values("hé!"), Object.entries("ab"));

// Primitives are wrapped; null/undefined throw.
console.log(Object.keys(42 as unknown as object), Object.keys(true as unknown as object));
for (const bad of [null, undefined]) {
  try {
    Object.keys(bad as unknown as object);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// Non-enumerable and inherited properties are skipped.
const proto = { inherited: 1 };
const o = Object.create(proto) as Record<string, number>;
o.visible = 2;
Object.defineProperty(o, "hidden", { value: 3, enumerable: false });
console.log(Object.keys(o), Object.values(o), o.hidden, o.inherited);
console.log(o);

// Iterating entries with destructuring.
const scores: Record<string, number> = { carol: 72, alice: 90, bob: 85 };
for (const [who, score] of Object.entries(scores)) console.log(`${who.padEnd(6)}|${String(score).padStart(4)}`);
const sorted = Object.entries(scores).sort((a, b) => b[1] - a[1]);
console.log(sorted);

// Transform via entries -> fromEntries.
const doubled = Object.fromEntries(Object.entries(scores).map(([k, v]) => [k.toUpperCase(), v * 2]));
console.log(doubled);

// Values reflect getters at call time.
let calls = 0;
const lazy = {
  get now() {
    return ++calls;
  },
};
console.log(Object.values(lazy), Object.values(lazy), Object.entries(lazy));
