// at() and with(): negative indices, out-of-range, fractional/NaN/string indices; with() RangeError; copy methods keep the original.
const arr = ["a", "b", "c", "d"];
const idx: unknown[] = [0, 1, -1, -4, -5, 4, 1.7, -1.2, NaN, "2", null, undefined, true, Infinity];
for (const i of idx) console.log(String(i).padStart(9), arr.at(i as number));

// with returns a copy with one element replaced.
console.log(arr.with(0, "A"), arr.with(-1, "D"), arr);
for (const bad of [4, -5, Infinity]) {
  try {
    arr.with(bad, "x");
  } catch (e) {
    console.log(bad, (e as Error).name + ": " + (e as Error).message);
  }
}

// with fills holes with undefined in the copy.
console.log([1, , 3].with(0, 9));

// at on strings uses code units.
const s = "h😀!";
console.log(s.at(0), s.at(-1), JSON.stringify(s.at(1)), JSON.stringify(s.at(2)), s.at(10));

// toSorted/toReversed/toSpliced/with chain without touching the source.
const nums = [5, 3, 8, 1];
const result = nums.toSorted((a, b) => a - b).toReversed().with(0, 100).toSpliced(1, 1);
console.log(result, nums);

// The copies are plain arrays even for frozen input.
const frozen = Object.freeze([3, 2, 1]);
const sortedCopy = frozen.toSorted();
sortedCopy.push(0);
console.log(sortedCopy, frozen, Object.isFrozen(sortedCopy));

// Last element idioms agree.
const xs = [10, 20, 30];
console.log(xs.at(-1) === xs[xs.length - 1], xs.at(-1), ([] as number[]).at(-1), ([] as number[])[-1]);
