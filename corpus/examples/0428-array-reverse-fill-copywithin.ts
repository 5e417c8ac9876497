// reverse/toReversed, fill (ranges, negative indices, shared object), copyWithin (overlaps, negative args): all in place.
const r = [1, 2, 3, 4, 5];
const rr = r.reverse();
console.log(r, rr === r, [].reverse(), [1].reverse(), [1, 2].reverse());
const orig = ["x", "y", "z"];
console.log(orig.toReversed(), orig);

// fill with ranges.
const fillCases: [number, number | undefined, number | undefined][] = [
  [0, undefined, undefined],
  [9, 2, undefined],
  [9, 1, 3],
  [9, -2, undefined],
  [9, -3, -1],
  [9, 3, 1],
  [9, 10, 20],
  [9, NaN, 2],
  [9, 1.5, 3.5],
];
for (const [v, s, e] of fillCases) console.log(`fill(${v}, ${s}, ${e})`.padEnd(28), [1, 2, 3, 4, 5].fill(v, s, e));

// fill with an object shares one reference.
const grid = new Array(3).fill([]) as number[][];
grid[0].push(1);
console.log(grid, grid[0] === grid[2]);
const proper = Array.from({ length: 3 }, () => [] as number[]);
proper[0].push(1);
console.log(proper);

// copyWithin(target, start, end).
const cw: [number, number, number | undefined][] = [
  [0, 3, undefined],
  [1, 0, undefined],
  [0, 1, undefined],
  [-2, 0, undefined],
  [0, -2, -1],
  [2, 0, 2],
  [5, 0, undefined],
  [0, 2, 1],
];
for (const [t, s, e] of cw) console.log(`copyWithin(${t}, ${s}, ${e})`.padEnd(28), [1, 2, 3, 4, 5].copyWithin(t, s, e));

// copyWithin preserves holes.
console.log([1, , 3, 4].copyWithin(2, 0));

// Reversing strings via arrays (code units vs code points).
const s = "abc😀";
console.log(s.split("").reverse().join("") === [...s].reverse().join(""), [...s].reverse().join(""));

// Reverse on an array-like object.
const al: { length: number; [k: number]: string } = { length: 3, 0: "a", 2: "c" };
Array.prototype.reverse.call(al);
console.log(al);
