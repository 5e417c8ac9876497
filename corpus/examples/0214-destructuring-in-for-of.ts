// Tests destructuring targets in for-of heads: arrays of tuples, objects with defaults, Map entries, nested rest and holes.
const rows: Array<[string, number?, ...string[]]> = [["a", 1, "x", "y"], ["b"], ["c", 3]];
for (const [name, n = -1, ...tags] of rows) console.log(name, n, tags);
const records = [{ id: 1, meta: { color: "red" } }, { id: 2, meta: {} as { color?: string } }, { id: 3, meta: { color: undefined } }];
for (const { id, meta: { color = "none" } } of records) console.log(id, color);
const scores = new Map([["ann", [90, 85]], ["bob", [70]], ["cy", []]]);
for (const [who, [best = 0, ...others]] of scores) console.log(who, best, others.length);
for (const [i, ch] of [..."héllo"].entries()) if (i % 2 === 0) console.log(i, ch);
for (const [, second] of [[1, 2], [3, 4]]) console.log("second", second);
for (const { length } of ["a", "bb", "ccc"]) console.log("len", length);
let lastA = "";
let lastB = 0;
for ([lastA, lastB] of [["p", 1], ["q", 2]] as Array<[string, number]>) {
  /* assignment pattern targets outer bindings */
}
console.log(lastA, lastB);
const holder: { k?: string } = {};
for ({ k: holder.k } of [{ k: "first" }, { k: "second" }]) console.log("holder", holder.k);
const grid = [[[1, 2], [3, 4]], [[5, 6], [7, 8]]];
let total = 0;
for (const [[a, b], [c, d]] of grid) total += a * d - b * c;
console.log("total", total);
const objEntries = Object.entries({ one: 1, two: 2, three: 3 });
for (const [key, value] of objEntries.sort(([, x], [, y]) => y - x)) console.log(key, value);
const defaultsPerIteration: number[] = [];
let fallback = 0;
for (const { v = ++fallback } of [{ v: 5 }, {}, { v: undefined }, { v: 0 }] as Array<{ v?: number }>) defaultsPerIteration.push(v);
console.log(defaultsPerIteration, fallback);
