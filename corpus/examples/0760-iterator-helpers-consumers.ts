// Helpers feed the language's iteration: spread, destructuring, for-of, Array.from, Map/Set
// constructors, Promise-free Object.fromEntries, and a helper inside another helper's callback.
const letters = ["a", "b", "c", "d", "e"];
const upper = () => letters.values().map((c) => c.toUpperCase());
console.log([...upper()], Array.from(upper(), (c, i) => c + i));
const [first, , third, ...rest] = upper();
console.log(first, third, rest);
for (const [i, c] of upper().map((c, i) => [i, c] as const)) if (i % 2 === 0) console.log(i, c);
console.log(new Set(upper().drop(3)), new Map(upper().map((c, i) => [c, i] as [string, number])));
console.log(Object.fromEntries(upper().map((c) => [c, c.charCodeAt(0)])));
const grid = [1, 2, 3].values().map((r) => [1, 2, 3].values().map((c) => r * c).toArray()).toArray();
console.log(grid);
console.log([1, 2, 3].values().flatMap((r) => [1, 2].values().map((c) => `${r}${c}`)).toArray());
console.log(Math.max(...[3, 9, 4].values().map((x) => x * 2)));
console.log(String([...upper().take(2)]), `${[...upper()].join("")}`);
