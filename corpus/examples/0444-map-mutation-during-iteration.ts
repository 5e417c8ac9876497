// Mutating a Map while iterating: deleted entries not yet visited are skipped, added entries are visited, clear ends iteration.
const m = new Map<string, number>([["a", 1], ["b", 2], ["c", 3], ["d", 4]]);
const visited: string[] = [];
for (const [k] of m) {
  visited.push(k);
  if (k === "a") m.delete("c");
  if (k === "b") m.set("e", 5);
  if (k === "e") m.set("a", 100);
}
console.log(visited, m);

// Deleting the current entry and re-adding it puts it at the end, so it is visited again.
const again = new Map([["x", 0], ["y", 0]]);
const order: string[] = [];
for (const [k, v] of again) {
  order.push(`${k}${v}`);
  if (v < 2) {
    again.delete(k);
    again.set(k, v + 1);
  }
}
console.log(order, again);

// clear() during iteration stops it.
const c = new Map([[1, "one"], [2, "two"], [3, "three"]]);
const seen: number[] = [];
for (const [k] of c) {
  seen.push(k);
  if (k === 1) c.clear();
}
console.log(seen, c.size);

// An iterator created before mutations still sees later additions.
const live = new Map([["p", 1]]);
const it = live.keys();
live.set("q", 2);
console.log(it.next(), it.next(), it.next());
live.set("r", 3);
console.log(it.next());

// forEach behaves the same way.
const f = new Map([["k1", 1], ["k2", 2], ["k3", 3]]);
const fe: string[] = [];
f.forEach((v, k) => {
  fe.push(k);
  if (k === "k1") {
    f.delete("k2");
    f.set("k4", 4);
  }
});
console.log(fe, [...f.keys()]);

// Filtering in place by deleting during iteration is safe.
const scores = new Map([["ann", 55], ["bob", 92], ["cy", 40], ["dee", 77]]);
for (const [name, s] of scores) if (s < 60) scores.delete(name);
console.log(scores);
