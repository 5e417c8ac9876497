// slice and concat: negative/out-of-range indices, copies are shallow, concat flattening one level of arrays only.
const arr = [0, 1, 2, 3, 4, 5];
const cases: [number | undefined, number | undefined][] = [
  [undefined, undefined],
  [2, undefined],
  [2, 4],
  [-2, undefined],
  [-4, -1],
  [4, 2],
  [10, 20],
  [-10, 2],
  [1.9, 3.1],
  [NaN, 2],
  [0, -0],
  [0, Infinity],
  [-Infinity, 1],
];
for (const [s, e] of cases) console.log(String(s).padStart(9), String(e).padStart(9), arr.slice(s, e));

// slice copies are shallow.
const nested = [{ v: 1 }, [2]];
const copy = nested.slice();
(copy[0] as { v: number }).v = 100;
copy[1] = [-1];
console.log(nested, copy, copy === nested);

// concat spreads arrays one level, keeps other values as-is.
console.log(([1] as unknown[]).concat([2, 3], 4, [[5, 6]], [], "str"));
console.log(([] as number[]).concat(), [1, 2].concat(), ([] as unknown[]).concat(null, undefined, { length: 1, 0: "x" }));
const base = [1, 2];
const joined = base.concat(base, base);
console.log(joined, base);

// Strings via Array.prototype.slice.call.
console.log(Array.prototype.slice.call("hello", 1, 3), Array.prototype.slice.call({ length: 3, 1: "b" }));

// concat with holes.
console.log([1, , 3].concat([4, , 6]));

// Sliding windows with slice.
const data = [3, 1, 4, 1, 5, 9, 2, 6, 5, 3, 5];
const windows: number[] = [];
for (let i = 0; i + 3 <= data.length; i++) windows.push(data.slice(i, i + 3).reduce((a, b) => a + b));
console.log(windows);

// Chunking.
function chunk<T>(xs: T[], n: number): T[][] {
  const out: T[][] = [];
  for (let i = 0; i < xs.length; i += n) out.push(xs.slice(i, i + n));
  return out;
}
console.log(chunk(data, 4), chunk([], 3), chunk([1], 5));
