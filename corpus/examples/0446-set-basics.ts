// Set basics: insertion order, add returns the set, has/delete/clear, constructing from strings and arrays, set algebra by hand.
const s = new Set<string>();
console.log(s.add("b") === s, s.add("a").add("b").add("c").size, [...s]);
console.log(s.has("a"), s.has("z"), s.delete("a"), s.delete("a"), [...s]);
s.add("a");
console.log([...s], s.size);

console.log(new Set("mississippi"), new Set([3, 1, 3, 2, 1]));
console.log(new Set(), new Set(undefined), new Set(null));

// keys() and values() are the same; entries() yields [v, v].
console.log([...s.keys()], [...s.values()], [...s.entries()]);
const out: string[] = [];
s.forEach((v, k, set) => out.push(`${v}/${k}/${set.size}`));
console.log(out);

// Set algebra implemented with filter.
const A = new Set([1, 2, 3, 4, 5]);
const B = new Set([4, 5, 6, 7]);
const union = new Set([...A, ...B]);
const inter = new Set([...A].filter((x) => B.has(x)));
const diff = new Set([...A].filter((x) => !B.has(x)));
const sym = new Set([...A, ...B].filter((x) => !(A.has(x) && B.has(x))));
const subset = (x: Set<number>, y: Set<number>) => [...x].every((v) => y.has(v));
console.log(union, inter, diff, sym);
console.log(subset(inter, A), subset(A, B), subset(new Set(), A));

// Dedup preserving first occurrence order.
const words = "to be or not to be that is the question to be".split(" ");
console.log([...new Set(words)].join(" "));

// Errors.
try {
  new Set(5 as unknown as number[]);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  (Set as unknown as () => void)();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  Set.prototype.add.call({}, 1);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Set of visited states in a small BFS over a grid.
const W = 5;
const H = 4;
const walls = new Set(["1,0", "1,1", "1,2", "3,1", "3,2", "3,3"]);
const seen = new Set(["0,0"]);
let frontier = [[0, 0]];
let steps = 0;
while (frontier.length && !seen.has(`${W - 1},${H - 1}`)) {
  const next: number[][] = [];
  for (const [x, y] of frontier) {
    for (const [dx, dy] of [[1, 0], [-1, 0], [0, 1], [0, -1]]) {
      const nx = x + dx;
      const ny = y + dy;
      const key = `${nx},${ny}`;
      if (nx < 0 || ny < 0 || nx >= W || ny >= H || walls.has(key) || seen.has(key)) continue;
      seen.add(key);
      next.push([nx, ny]);
    }
  }
  frontier = next;
  steps++;
}
console.log("steps", steps, "visited", seen.size);
