// SameValueZero keys in Map and Set: NaN equals NaN, -0 is normalized to +0, strings vs numbers are distinct, objects by identity.
const m = new Map<number, string>();
m.set(NaN, "first nan");
m.set(0 / 0, "second nan");
m.set(-0, "negative zero");
m.set(0, "positive zero");
console.log(m.size, m.get(NaN), m.get(0), m.get(-0), m.has(-0), m);
console.log([...m.keys()].map((k) => Object.is(k, -0)));

const s = new Set<unknown>([NaN, NaN, 0, -0, +0, "0", "NaN", null, undefined, null, 1, 1.0, "1"]);
console.log(s.size, s);
console.log(s.has(NaN), s.has(-0), s.has(0), s.has("0"), s.has(undefined));

// -0 inserted first is stored as +0.
const neg = new Set([-0]);
console.log(Object.is([...neg][0], -0), Object.is([...neg][0], 0), neg);
const negMap = new Map([[-0, "v"]]);
console.log(Object.is([...negMap.keys()][0], 0), negMap);

// Dedup with Set: numbers and strings stay distinct; objects compare by identity.
const mixed = [1, "1", 1, 2, "2", NaN, NaN, -0, 0, [], [], {}, {}];
const unique = [...new Set(mixed)];
console.log(unique.length, unique);
const shared: number[] = [];
console.log(new Set([shared, shared, [...shared]]).size);

// Versus indexOf/includes on arrays.
const arr = [NaN, -0];
console.log(arr.indexOf(NaN), arr.includes(NaN), arr.indexOf(0), arr.includes(0));

// Deleting NaN and -0 keys.
console.log(m.delete(NaN), m.delete(-0), m.size, s.delete(NaN), s.delete(-0), s.size);
