// Sort stability: equal keys keep input order (for short and long arrays), multi-key sorts by chaining stable sorts.
type Rec = { name: string; dept: string; age: number; seq: number };
const depts = ["eng", "ops", "sales"];
const people: Rec[] = [];
for (let i = 0; i < 40; i++) {
  people.push({ name: "p" + String(i).padStart(2, "0"), dept: depts[(i * 7) % 3], age: 20 + ((i * 13) % 5), seq: i });
}

// Sort by age only: within each age, seq must stay increasing.
const byAge = [...people].sort((a, b) => a.age - b.age);
console.log(byAge.map((p) => `${p.age}:${p.seq}`).join(" "));
let stable = true;
for (let i = 1; i < byAge.length; i++) {
  if (byAge[i - 1].age === byAge[i].age && byAge[i - 1].seq > byAge[i].seq) stable = false;
}
console.log("stable by age:", stable);

// Multi-key: sort by secondary key first, then by primary.
const multi = [...people].sort((a, b) => b.age - a.age).sort((a, b) => (a.dept < b.dept ? -1 : a.dept > b.dept ? 1 : 0));
console.log(multi.slice(0, 12).map((p) => `${p.dept}/${p.age}/${p.name}`));

// A long array (> 512 elements) sorted with many duplicate keys stays stable.
const long = Array.from({ length: 2000 }, (_, i) => ({ key: (i * 37) % 10, i }));
long.sort((a, b) => a.key - b.key);
let longStable = true;
for (let i = 1; i < long.length; i++) {
  const p = long[i - 1];
  const q = long[i];
  if (p.key > q.key || (p.key === q.key && p.i > q.i)) longStable = false;
}
console.log("long stable:", longStable, long[0], long[199], long[200], long[1999]);

// Comparator always returning 0 leaves the order unchanged.
const letters = "the quick brown fox jumps".split("");
console.log(letters.sort(() => 0).join(""));

// Case-insensitive sort keeps original relative order of equal-ignoring-case strings.
const words = ["banana", "Apple", "apple", "Banana", "APPLE", "cherry", "BANANA"];
console.log(words.sort((a, b) => (a.toLowerCase() < b.toLowerCase() ? -1 : a.toLowerCase() > b.toLowerCase() ? 1 : 0)));

// toSorted is stable too and leaves the input.
const pairs: [string, number][] = [["x", 2], ["y", 1], ["z", 2], ["w", 1]];
console.log(pairs.toSorted((a, b) => a[1] - b[1]), pairs);
