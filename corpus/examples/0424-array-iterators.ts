// keys/values/entries iterators: laziness, live view of mutations, holes, exhaustion, printing of iterator objects.
const arr = ["a", "b", "c"];
console.log([...arr.keys()], [...arr.values()], [...arr.entries()]);
for (const [i, v] of arr.entries()) console.log(i, v);

// Manual stepping.
const it = arr.values();
console.log(it.next(), it.next(), it.next(), it.next(), it.next());

// The iterator is live: it sees pushes made before it reaches the end.
const live = [1, 2];
const liveIt = live.values();
console.log(liveIt.next());
live.push(3);
console.log([...liveIt]);
live.push(4);
console.log(liveIt.next());

// Holes are visited.
console.log([...[, "x", ,].keys()], [...[, "x", ,].entries()]);

// Iterators are themselves iterable (return this).
const e = arr.entries();
console.log(e[Symbol.iterator]() === e);

// How console.log prints iterator objects.
console.log(arr.keys());
console.log(arr.values());
console.log(arr.entries());
console.log(new Map([[1, 2]]).entries(), new Set(["s"]).values());

// Shrinking the array mid-iteration ends the loop early.
const shrink = [1, 2, 3, 4, 5];
const out: number[] = [];
for (const v of shrink) {
  out.push(v);
  if (v === 2) shrink.length = 3;
}
console.log(out);

// Array.prototype.keys on an array-like.
console.log([...Array.prototype.keys.call({ length: 3 })]);
console.log([...Array.prototype.values.call("hi" as unknown as unknown[])]);

// Using entries() to find index pairs.
const pairs: string[] = [];
const nums = [4, 7, 1, 6, 3];
for (const [i, x] of nums.entries()) for (const [j, y] of nums.entries()) if (i < j && x + y === 10) pairs.push(`${i}+${j}`);
console.log(pairs);
