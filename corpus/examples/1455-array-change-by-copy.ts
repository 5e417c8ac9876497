// ES2023 change-array-by-copy: toSorted, toReversed, toSpliced, with; findLast/findLastIndex; the original is untouched.
const scores = [40, 100, 1, 5, 25];
const sorted = scores.toSorted();
const numeric = scores.toSorted((a, b) => a - b);
console.log(sorted, numeric, scores);
console.log(scores.toReversed(), scores.toSpliced(1, 2, 7, 8, 9), scores.toSpliced(-1), scores.with(-1, 0), scores);

// holes read as undefined in the copies
const sparse = [3, , 1];
console.log(sparse.toSorted(), sparse.toReversed(), sparse.with(1, 2), sparse.toSpliced(0, 0));

// with: range errors
for (const i of [5, -6, 2.7, -0.5]) {
  try {
    console.log(i, scores.with(i, 99));
  } catch (e) {
    console.log(i, (e as Error).constructor.name, (e as Error).message);
  }
}

// the comparator must be a function or undefined
try {
  scores.toSorted("desc" as unknown as () => number);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}

// frozen arrays can still be copied
const frozen = Object.freeze([3, 2, 1]);
console.log(frozen.toSorted(), frozen.with(0, 9), frozen.toReversed(), Object.isFrozen(frozen.toSorted()));

// findLast / findLastIndex walk from the end
const events = [
  { type: "open", at: 1 },
  { type: "edit", at: 2 },
  { type: "open", at: 3 },
  { type: "close", at: 4 },
];
console.log(events.findLast((e) => e.type === "open"), events.findLastIndex((e) => e.type === "open"));
console.log(events.findLast((e) => e.type === "delete"), events.findLastIndex((e) => e.type === "delete"));
const visited: number[] = [];
[10, 20, 30].findLast((v, i) => (visited.push(i), v < 0));
console.log(visited);

// array-likes through call
const like = { length: 3, 0: "c", 1: "a", 2: "b" };
console.log(Array.prototype.toSorted.call(like), Array.prototype.toReversed.call(like), Array.prototype.with.call(like, 0, "z"));
