// Iterator helpers over Map, Set and String iterators, and over keys/values/entries views.
const stock = new Map<string, number>([["apples", 5], ["pears", 0], ["plums", 12], ["figs", 3]]);
console.log(stock.entries().filter(([, n]) => n > 0).map(([k, n]) => `${k}=${n}`).toArray().join(", "));
console.log(stock.keys().map((k) => k.toUpperCase()).toArray());
console.log(stock.values().reduce((a, b) => a + b, 0));
console.log(stock.entries().find(([, n]) => n === 0));
const tags = new Set(["red", "green", "blue", "green"]);
console.log(tags.values().map((t) => t.length).toArray(), tags.entries().take(1).toArray());
console.log(new Set(tags.values().filter((t) => t.includes("e"))));
console.log(new Map(stock.entries().map(([k, v]) => [v, k] as [number, string])));
const word = "héllo wörld";
console.log(word[Symbol.iterator]().filter((c) => c !== " ").map((c) => c.toUpperCase()).toArray().join(""));
console.log("🙂a🙃"[Symbol.iterator]().toArray(), "abc"[Symbol.iterator]().drop(1).toArray());
console.log(Object.entries({ x: 1, y: 2, z: 3 }).values().map(([k, v]) => k + v).toArray());
// Mutating the collection while a helper is suspended: Map and Set iterators see the new entries.
const live = new Set([1, 2]);
const doubled = live.values().map((x) => x * 2);
console.log(doubled.next());
live.add(3);
live.delete(2);
console.log(doubled.toArray());
const growing = [1, 2];
const lazy = growing.values().map((x) => x + 100);
growing.push(3);
console.log(lazy.toArray());
console.log(Array.from(stock.keys().take(2)), [...tags.values().drop(1)]);
