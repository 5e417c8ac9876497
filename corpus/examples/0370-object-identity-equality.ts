// Identity and equality: === vs Object.is on -0/NaN, references vs copies, objects as Map keys, structural comparison by hand.
const a = { v: 1 };
const b = { v: 1 };
const c = a;
console.log(a === b, a === c, a == (b as unknown), Object.is(a, c), Object.is(a, b));

const pairs: [unknown, unknown][] = [
  [0, -0],
  [NaN, NaN],
  [-0, -0],
  [null, undefined],
  ["1", 1],
  [Infinity, -Infinity],
  [0.1 + 0.2, 0.3],
  [[], []],
];
for (const [x, y] of pairs) {
  console.log(x, y, "===", x === y, "==", x == y, "Object.is", Object.is(x, y));
}

// Objects as keys in Map/Set use identity.
const m = new Map<object, string>();
m.set(a, "a");
m.set(b, "b");
m.set(c, "c");
console.log(m.size, m.get(a), m.get(b), m.get({ v: 1 }));
const set = new Set([a, b, c, a]);
console.log(set.size, set);

// includes/indexOf on objects.
const list = [a, b];
console.log(list.includes(c), list.indexOf(b), list.indexOf({ v: 1 }), list.findIndex((o) => o.v === 1));

// Structural equality implemented by hand.
function deepEqual(x: unknown, y: unknown): boolean {
  if (Object.is(x, y)) return true;
  if (typeof x !== "object" || typeof y !== "object" || x === null || y === null) return false;
  if (Array.isArray(x) !== Array.isArray(y)) return false;
  const kx = Object.keys(x);
  const ky = Object.keys(y);
  if (kx.length !== ky.length) return false;
  return kx.every((k) => Object.hasOwn(y, k) && deepEqual((x as Record<string, unknown>)[k], (y as Record<string, unknown>)[k]));
}
console.log(deepEqual({ a: [1, { b: NaN }] }, { a: [1, { b: NaN }] }));
console.log(deepEqual({ a: 0 }, { a: -0 }), deepEqual([1, 2], { 0: 1, 1: 2 }), deepEqual({ a: undefined }, { b: undefined }));

// Copies break identity but keep structure.
const orig = { list: [1, 2], inner: { k: "v" } };
const shallow = { ...orig };
const cloned = JSON.parse(JSON.stringify(orig));
console.log(shallow.list === orig.list, cloned.list === orig.list, deepEqual(cloned, orig));
