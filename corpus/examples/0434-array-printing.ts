// console.log of arrays: > 6 numbers grouped in aligned columns, > 100 items truncated, nested arrays, strings, mixed lengths.
console.log([1, 2, 3, 4, 5, 6]);
console.log([1, 2, 3, 4, 5, 6, 7]);
console.log(Array.from({ length: 26 }, (_, i) => i));
console.log(Array.from({ length: 30 }, (_, i) => i * i * i));
console.log(Array.from({ length: 12 }, (_, i) => (i % 2 ? -i : i * 1000)));
console.log([1.5, -2.25, 3, 100.125, -0, NaN, Infinity, 1e21]);

// More than 100 items: only the first 100 are shown.
console.log(Array.from({ length: 101 }, (_, i) => i));
console.log(Array.from({ length: 250 }, (_, i) => i % 7));

// Strings are grouped too, aligned to the left.
console.log(["a", "bb", "ccc", "dddd", "e", "ff", "ggg", "hhhh", "i"]);
console.log("the quick brown fox jumps over the lazy dog again and again".split(" "));

// Long strings prevent grouping.
console.log(["a".repeat(20), "b".repeat(20), "c".repeat(20), "d".repeat(20), "e".repeat(20), "f".repeat(20), "g"]);

// Mixed types and nested arrays.
console.log([1, "two", [3], { four: 4 }, null, undefined, true]);
console.log([[1, 2, 3, 4, 5, 6, 7], [8, 9]]);
console.log(Array.from({ length: 8 }, (_, i) => [i, i * 2]));

// Arrays with extra properties and holes.
const extra: number[] & { label?: string } = [1, 2, 3];
extra.label = "tagged";
console.log(extra);
const holes = [1, , , 4, , 6, 7, 8, 9];
console.log(holes);

// Empty and singleton.
console.log([], [[]], [[], []], [""], [" "]);

// Array printed inside an object, with > 6 items.
console.log({ data: Array.from({ length: 10 }, (_, i) => i * 11) });
