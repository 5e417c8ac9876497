// Array.prototype.sort default comparator: UTF-16 string order of ToString values, numbers sorted as strings, undefined last, holes after.
console.log([10, 9, 1, 100, 25, -1, -10, 0].sort());
console.log([3, 20, 100].sort(), [3, 20, 100].sort((a, b) => a - b));
console.log(["b", "a", "C", "B", "c", "A", "_", "1", " "].sort());
console.log(["é", "e", "z", "E", "ä", "a"].sort());
console.log(["😀", "\uffff", "a", "\ud7ff", "\ue000"].sort().map((s) => s.codePointAt(0)!.toString(16)));

// undefined goes to the end (not compared), holes after that.
console.log([3, undefined, 1, , 2, undefined].sort());
console.log([undefined, 3, null, 1, NaN, "b", true, false].sort());

// Mixed number formats compare by their string forms.
console.log([1e21, 1e20, 0.5, -0, 0, 1e-7, 5e-324, Infinity, -Infinity, NaN].sort());

// Arrays and objects stringify before comparing.
console.log([[2, 1], [10], [1, 2, 3], [], [1]].sort());
console.log([{ toString: () => "b" }, { toString: () => "a" }].sort().map(String));

// Numeric comparators.
const nums = [5, -3, 0, -0, 2.5, Infinity, -Infinity, 1e-9];
console.log([...nums].sort((a, b) => a - b));
console.log([...nums].sort((a, b) => b - a));

// sort is in place and returns the same array; toSorted copies.
const orig = [3, 1, 2];
const sameRef = orig.sort();
console.log(sameRef === orig, orig);
const orig2 = [3, 1, 2];
const sorted = orig2.toSorted();
console.log(sorted, orig2, sorted === orig2);

// Comparator returning booleans or non-numbers.
console.log([3, 1, 2].sort((a, b) => (a < b ? -1 : a > b ? 1 : 0)));
console.log(["10", "9", "1"].sort((a, b) => Number(a) - Number(b)));

// Invalid comparator throws.
try {
  [1, 2].sort("nope" as unknown as () => number);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
