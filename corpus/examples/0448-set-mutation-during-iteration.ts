// Mutating a Set during for-of/forEach: additions are visited, deletions of unvisited values skip them, re-adding moves to end.
const s = new Set([1, 2, 3, 4, 5]);
const seen: number[] = [];
for (const v of s) {
  seen.push(v);
  if (v === 1) s.delete(3);
  if (v === 2) s.add(6);
  if (v === 6) s.add(1);
}
console.log(seen, s);

// Growing a set while iterating computes a closure (all reachable nodes).
const edges: Record<string, string[]> = { a: ["b", "c"], b: ["d"], c: ["d", "e"], d: ["a"], e: [], f: ["a"] };
const reach = new Set(["a"]);
for (const node of reach) for (const nxt of edges[node]) reach.add(nxt);
console.log([...reach]);

// Delete the current value and add it back: it is visited again (bounded here).
const again = new Set(["x"]);
let rounds = 0;
for (const v of again) {
  if (++rounds > 3) break;
  again.delete(v);
  again.add(v);
}
console.log(rounds, again);

// forEach with deletions.
const f = new Set(["p", "q", "r", "s"]);
const fe: string[] = [];
f.forEach((v) => {
  fe.push(v);
  if (v === "p") f.delete("q");
  if (v === "r") f.add("t");
});
console.log(fe, f);

// clear() mid-iteration, then add again: the iteration continues with the new value.
const c = new Set([1, 2, 3]);
const cs: number[] = [];
for (const v of c) {
  cs.push(v);
  if (v === 1) {
    c.clear();
    c.add(10);
  }
}
console.log(cs, c);

// Iterator created before an add sees the add; one that finished does not restart.
const t = new Set(["one"]);
const it = t.values();
console.log(it.next().value);
t.add("two");
console.log(it.next(), it.next());
t.add("three");
console.log(it.next());
