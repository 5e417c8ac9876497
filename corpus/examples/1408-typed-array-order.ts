// sort (numeric by default: -0 before 0, NaN last; comparator), toSorted, reverse, toReversed, with, at, indexOf, includes, join.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

console.log(new Int32Array([10, 9, 100, -5, 1]).sort(), new Float64Array([5, NaN, -0, 0, -Infinity, 0.5]).sort());
console.log(new Uint8Array([3, 1, 2]).sort((x, y) => y - x), new Uint8Array([3, 1, 2]).toSorted((x, y) => y - x));
const original = new Int8Array([1, 2, 3]);
console.log(original.toSorted((x, y) => y - x), original.toReversed(), original.with(0, 9), original.with(-1, 300), original);
console.log(original.reverse(), original);
attempt("with out of range", () => original.with(3, 1));
attempt("bad comparator", () => original.sort("no" as unknown as () => number));
console.log(original.at(0), original.at(-1), original.at(5));
const f = new Float32Array([1, NaN, 2, 1]);
console.log(f.indexOf(1), f.lastIndexOf(1), f.indexOf(NaN), f.includes(NaN), f.indexOf(1, 1), f.lastIndexOf(1, -2), f.includes(2, 3));
console.log(f.join(), f.join(" | "), f.toString(), String(new Uint8Array(0)), f.toLocaleString(), new Float64Array([1234.5]).toLocaleString());
console.log([...new Uint8Array([5, 6]).keys()], [...new Uint8Array([5, 6]).entries()], [...new Uint8Array([5, 6]).values()]);
console.log(Object.prototype.toString.call(new Uint8Array(1).values()), new Uint8Array(2)[Symbol.iterator] === Uint8Array.prototype.values);
