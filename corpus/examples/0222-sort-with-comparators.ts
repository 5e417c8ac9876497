// Tests Array.prototype.sort with comparator functions: stability, default string ordering, multi-key and descending sorts.
const nums = [10, 9, 1, 100, 25, -3, 0, -0, 2.5];
console.log([...nums].sort(), [...nums].sort((a, b) => a - b), [...nums].sort((a, b) => b - a));
const people = [
  { name: "Eve", age: 30 }, { name: "bob", age: 25 }, { name: "Amy", age: 30 },
  { name: "Dan", age: 25 }, { name: "carl", age: 35 }, { name: "Bea", age: 25 },
];
const byAge = [...people].sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.name}:${p.age}`).join(" "));
const byAgeDescThenName = [...people].sort((a, b) => b.age - a.age || (a.name < b.name ? -1 : a.name > b.name ? 1 : 0));
console.log(byAgeDescThenName.map((p) => p.name).join(" "));
const caseInsensitive = [...people].sort((a, b) => {
  const x = a.name.toLowerCase();
  const y = b.name.toLowerCase();
  return x < y ? -1 : x > y ? 1 : 0;
});
console.log(caseInsensitive.map((p) => p.name).join(" "));
const stable: Array<[number, string]> = [];
for (let i = 0; i < 30; i++) stable.push([i % 3, `i${i}`]);
stable.sort((a, b) => a[0] - b[0]);
console.log(stable.map(([k, v]) => `${k}${v}`).join(" "));
const mixed: unknown[] = [3, "10", undefined, null, "b", 2, undefined, "a", true, [1, 2], -1];
console.log([...mixed].sort());
const withHoles = [3, , 1, undefined, 2];
console.log(withHoles.sort(), withHoles.length);
let comparisons = 0;
const counted = [5, 4, 3, 2, 1].sort((a, b) => {
  comparisons++;
  return a - b;
});
console.log(counted, comparisons > 0);
const original = [3, 1, 2];
const returned = original.sort();
console.log(returned === original, original, original.toSorted((a, b) => b - a), original);
const byLength = ["ccc", "a", "bb", "dd", "e", "fff"].sort((a, b) => a.length - b.length);
console.log(byLength);
const floats = [0.1, -Infinity, Infinity, 1e-10, -0.5, 3];
console.log(floats.sort((a, b) => a - b));
