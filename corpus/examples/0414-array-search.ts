// indexOf/lastIndexOf (strict equality) vs includes (SameValueZero): NaN, -0, fromIndex handling, strings and objects.
const arr = [1, NaN, -0, "1", null, undefined, 0, NaN, 1];
console.log(arr.indexOf(NaN), arr.includes(NaN), arr.lastIndexOf(NaN));
console.log(arr.indexOf(0), arr.indexOf(-0), arr.lastIndexOf(-0), arr.includes(-0), arr.includes(0));
console.log(arr.indexOf("1"), arr.indexOf(1), arr.lastIndexOf(1), arr.indexOf(null), arr.indexOf(undefined));
console.log(arr.indexOf(true as unknown as number), arr.includes("NaN"));

// fromIndex: positive, negative, beyond length, fractional.
const letters = ["a", "b", "c", "a", "b", "c"];
const starts = [0, 1, 3, 4, -1, -2, -3, -100, 100, 2.7, NaN];
for (const s of starts) {
  console.log(String(s).padStart(4), letters.indexOf("a", s), letters.lastIndexOf("a", s), letters.includes("a", s));
}

// lastIndexOf with explicit undefined fromIndex is treated as 0.
console.log(letters.lastIndexOf("c"), letters.lastIndexOf("c", undefined));

// Object identity.
const o = { k: 1 };
const objs = [{ k: 1 }, o, [1]];
console.log(objs.indexOf(o), objs.indexOf({ k: 1 }), objs.includes(o), objs.indexOf([1] as unknown as { k: number }));

// Holes are skipped by indexOf but seen as undefined by includes.
const sparse = [, 1, , 2];
console.log(sparse.indexOf(undefined), sparse.includes(undefined), sparse.lastIndexOf(undefined));

// Searching strings in arrays is exact; case matters.
const names = ["Ann", "bob", "Cy"];
console.log(names.indexOf("ann"), names.indexOf("Ann"), names.map((n) => n.toLowerCase()).indexOf("cy"));

// All occurrences.
const data = [3, 1, 3, 3, 2, 3];
const positions: number[] = [];
for (let i = data.indexOf(3); i !== -1; i = data.indexOf(3, i + 1)) positions.push(i);
console.log(positions);
