// Object literals: property kinds, duplicate keys, numeric/string keys, nested values and their printing.
const empty = {};
console.log(empty, typeof empty, Object.keys(empty).length);

const point = { x: 1, y: -2, z: 0.5 };
console.log(point);
console.log(point.x + point.y + point.z);

// A later duplicate key wins but keeps the first key's position.
const dupKey: string = "a";
const dup = { a: 1, b: 2, a2: 3, [dupKey]: 10 };
console.log(dup, Object.keys(dup));

// Keys that are numbers, quoted strings, and identifier-like strings.
const keys = { 1: "one", "two words": 2, "x-y": 3, 0.5: "half", 1e3: "thousand", valid_id: true, $d: "dollar" };
console.log(keys);
console.log(Object.keys(keys));

// Values of every primitive kind.
const values = {
  n: 42,
  negZero: -0,
  nan: NaN,
  inf: -Infinity,
  s: "it's",
  dq: 'say "hi"',
  both: `it's "both"`,
  t: true,
  nul: null,
  und: undefined,
};
console.log(values);

// Nested structures.
const nested = { level1: { level2: { level3: { level4: "deep" } } }, list: [1, [2, [3, [4]]]] };
console.log(nested);
console.log(JSON.stringify(nested));

// Methods in literals.
const counter = {
  count: 0,
  inc() {
    this.count++;
    return this;
  },
  get double() {
    return this.count * 2;
  },
};
counter.inc().inc().inc();
console.log(counter.count, counter.double);
console.log(counter);

// Property access with bracket notation and coercion of the key.
const bag: Record<string, number> = {};
bag[1] = 1;
bag["1"] += 10;
bag[String(true)] = 3;
bag[String(null)] = 4;
console.log(bag, bag["1"], bag.true, bag.null);
