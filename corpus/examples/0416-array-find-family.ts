// find/findIndex/findLast/findLastIndex: callback arguments, not-found results, mutation during the search, holes visited.
const nums = [5, 12, 8, 130, 44, 12];
console.log(nums.find((x) => x > 10), nums.findIndex((x) => x > 10));
console.log(nums.findLast((x) => x > 10), nums.findLastIndex((x) => x > 10));
console.log(nums.find((x) => x > 1000), nums.findIndex((x) => x > 1000), nums.findLast((x) => x < 0), nums.findLastIndex((x) => x < 0));
console.log(([] as number[]).find(() => true), ([] as number[]).findIndex(() => true));

// Callback receives (value, index, array) and visits holes as undefined.
const seen: string[] = [];
const sparse = [1, , 3] as (number | undefined)[];
sparse.find((v, i, a) => {
  seen.push(`${i}:${v}:${a === sparse}`);
  return false;
});
console.log(seen);
seen.length = 0;
sparse.findLast((v, i) => {
  seen.push(`${i}:${v}`);
  return false;
});
console.log(seen);

// Elements appended during find are not visited; changed ones are seen with the new value.
const grow = [1, 2, 3];
const visited: number[] = [];
grow.find((v, i) => {
  visited.push(v);
  if (i === 0) {
    grow.push(100);
    grow[2] = 30;
  }
  return false;
});
console.log(visited, grow);

// find on objects returns the element itself (by reference).
const users = [
  { id: 1, name: "ann", active: false },
  { id: 2, name: "bob", active: true },
  { id: 3, name: "cy", active: true },
];
const firstActive = users.find((u) => u.active)!;
firstActive.name = "BOB";
console.log(firstActive, users[1] === firstActive, users.findLast((u) => u.active)?.name);

// thisArg.
const limits = { min: 6 };
console.log(nums.find(function (this: typeof limits, x) {
  return x > this.min;
}, limits));

// Non-callable predicate.
try {
  nums.find(undefined as unknown as () => boolean);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  nums.findLastIndex({} as unknown as () => boolean);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
