// flat with depths (default 1, 0, Infinity, negative, fractional, string), flatMap flattening one level only, holes removed.
const nested = [1, [2, [3, [4, [5, [6]]]]]];
console.log(nested.flat());
console.log(nested.flat(0));
console.log(nested.flat(2));
console.log(nested.flat(Infinity));
console.log(nested.flat(-1));
console.log(nested.flat(1.9));
console.log(nested.flat("3" as unknown as number));
console.log(nested.flat(NaN));

// Holes are removed at flattened levels, but not when depth is 0.
const holey = [1, , [2, , 3], [[, 4]]];
console.log(holey.flat(), holey.flat(0), holey.flat(Infinity));

// Only real arrays are flattened, not array-likes or strings.
console.log([["a", "b"], "cd", { length: 1, 0: "x" }].flat());

// flatMap: the callback's arrays are flattened one level only.
const sentences = ["hello world", "a b c", ""];
console.log(sentences.flatMap((s) => s.split(" ")));
console.log([1, 2, 3].flatMap((x) => [x, x * 10]));
console.log([1, 2, 3].flatMap((x) => [[x, x * 10]]));
console.log([1, 2, 3, 4].flatMap((x) => (x % 2 ? [] : x)));
console.log([1, 2].flatMap((x, i, arr) => [x, i, arr.length]));

// flatMap as filter+map in one pass.
const raw = ["1", "x", "22", "", "333"];
console.log(raw.flatMap((s) => (s && !Number.isNaN(Number(s)) ? [Number(s) * 2] : [])));

// Flattening a tree of categories.
type Cat = { name: string; children: Cat[] };
const tree: Cat = {
  name: "root",
  children: [
    { name: "a", children: [{ name: "a1", children: [] }, { name: "a2", children: [{ name: "a2x", children: [] }] }] },
    { name: "b", children: [] },
  ],
};
const names = (c: Cat): string[] => [c.name, ...c.children.flatMap(names)];
console.log(names(tree));

// Non-callable flatMap argument.
try {
  [1].flatMap(5 as unknown as () => number[]);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
