// Array.isArray vs array-likes: generic Array.prototype methods called on objects and strings, length coercion.
const candidates: [string, unknown][] = [
  ["[]", []],
  ["new Array(2)", new Array(2)],
  ["Array.prototype", Array.prototype],
  ["{length:0}", { length: 0 }],
  ["'abc'", "abc"],
  ["null", null],
  ["Object.create(Array.prototype)", Object.create(Array.prototype)],
  ["class extends Array", new (class X extends Array {})()],
];
for (const [label, v] of candidates) console.log(label.padEnd(32), Array.isArray(v), v instanceof Array);

// Generic methods work on array-likes.
const al = { length: 4, 0: "a", 1: "b", 3: "d" } as unknown as ArrayLike<string>;
const AP = Array.prototype;
console.log(AP.map.call(al, (s: unknown) => String(s).toUpperCase()));
console.log(AP.filter.call(al, () => true));
console.log(AP.indexOf.call(al, "d"), AP.includes.call(al, undefined));
console.log(AP.join.call(al, "/"), AP.slice.call(al, 1));
console.log(AP.reduce.call(al, (acc: unknown, s: unknown) => String(acc) + String(s), ">"));

// Strings are array-like but immutable.
console.log(AP.map.call("abc", (c: unknown) => String(c) + String(c)), AP.every.call("aaa", (c: unknown) => c === "a"));
try {
  AP.push.call("abc" as unknown as unknown[], "d");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Length is converted with ToLength: negative and NaN become 0, fractions truncate.
for (const len of [-3, NaN, 2.9, "2", "x", Infinity] as unknown[]) {
  const obj = { length: len, 0: "zero", 1: "one", 2: "two" };
  const taken = len === Infinity ? "(skipped: too long)" : AP.slice.call(obj);
  console.log(String(len).padStart(8), taken);
}

// Converting array-likes to real arrays.
const real = Array.from(al);
console.log(real, Array.isArray(real), [...Array.from(al).keys()]);
