// Realistic: binary-heap priority queue + Dijkstra shortest paths over a small road graph, with path reconstruction and edge cases.

class MinHeap<T> {
  private items: T[] = [];
  private readonly less: (a: T, b: T) => boolean;
  pushes = 0;
  constructor(less: (a: T, b: T) => boolean) {
    this.less = less;
  }
  get size(): number {
    return this.items.length;
  }
  push(x: T): void {
    this.pushes++;
    const a = this.items;
    a.push(x);
    let i = a.length - 1;
    while (i > 0) {
      const p = (i - 1) >> 1;
      if (!this.less(a[i], a[p])) break;
      [a[i], a[p]] = [a[p], a[i]];
      i = p;
    }
  }
  pop(): T | undefined {
    const a = this.items;
    if (a.length === 0) return undefined;
    const top = a[0];
    const last = a.pop()!;
    if (a.length > 0) {
      a[0] = last;
      let i = 0;
      for (;;) {
        const l = 2 * i + 1;
        const r = l + 1;
        let m = i;
        if (l < a.length && this.less(a[l], a[m])) m = l;
        if (r < a.length && this.less(a[r], a[m])) m = r;
        if (m === i) break;
        [a[i], a[m]] = [a[m], a[i]];
        i = m;
      }
    }
    return top;
  }
}

type Edge = { to: string; w: number };

class Graph {
  readonly adj = new Map<string, Edge[]>();
  addNode(n: string): void {
    if (!this.adj.has(n)) this.adj.set(n, []);
  }
  addEdge(a: string, b: string, w: number, bidirectional = true): void {
    if (!(w >= 0)) throw new RangeError(`edge ${a}-${b} has invalid weight ${w}`);
    this.addNode(a);
    this.addNode(b);
    this.adj.get(a)!.push({ to: b, w });
    if (bidirectional) this.adj.get(b)!.push({ to: a, w });
  }
  dijkstra(source: string): { dist: Map<string, number>; prev: Map<string, string>; order: string[]; pushes: number } {
    if (!this.adj.has(source)) throw new Error(`unknown node ${source}`);
    const dist = new Map<string, number>();
    const prev = new Map<string, string>();
    for (const n of this.adj.keys()) dist.set(n, Infinity);
    dist.set(source, 0);
    // Ties broken by node name so the settle order is deterministic.
    const pq = new MinHeap<[number, string]>((x, y) => x[0] < y[0] || (x[0] === y[0] && x[1] < y[1]));
    pq.push([0, source]);
    const done = new Set<string>();
    const order: string[] = [];
    while (pq.size > 0) {
      const [d, u] = pq.pop()!;
      if (done.has(u)) continue;
      done.add(u);
      order.push(u);
      for (const { to, w } of this.adj.get(u)!) {
        const nd = d + w;
        if (nd < dist.get(to)!) {
          dist.set(to, nd);
          prev.set(to, u);
          pq.push([nd, to]);
        }
      }
    }
    return { dist, prev, order, pushes: pq.pushes };
  }
}

function pathTo(prev: Map<string, string>, target: string): string[] {
  const path = [target];
  let cur = target;
  while (prev.has(cur)) {
    cur = prev.get(cur)!;
    path.unshift(cur);
  }
  return path;
}

const g = new Graph();
const roads: Array<[string, string, number]> = [
  ["Amsterdam", "Utrecht", 45.5],
  ["Amsterdam", "Haarlem", 20],
  ["Haarlem", "Leiden", 33.25],
  ["Leiden", "Den Haag", 19],
  ["Utrecht", "Den Haag", 68],
  ["Utrecht", "Arnhem", 64.1],
  ["Den Haag", "Rotterdam", 27],
  ["Rotterdam", "Utrecht", 57],
  ["Rotterdam", "Breda", 50.9],
  ["Breda", "Eindhoven", 60],
  ["Utrecht", "Eindhoven", 90],
  ["Arnhem", "Eindhoven", 82],
];
for (const [a, b, w] of roads) g.addEdge(a, b, w);
g.addEdge("Eindhoven", "Maastricht", 86, false);
g.addNode("Texel");

const { dist, prev, order, pushes } = g.dijkstra("Amsterdam");
console.log("settle order:", order.join(" > "));
console.log("heap pushes:", pushes);
for (const [city, d] of [...dist].sort((x, y) => x[1] - y[1] || (x[0] < y[0] ? -1 : 1))) {
  const route = Number.isFinite(d) ? pathTo(prev, city).join(" -> ") : "(unreachable)";
  console.log(city.padEnd(10), (Number.isFinite(d) ? d.toFixed(2) : String(d)).padStart(8), route);
}
const back = g.dijkstra("Maastricht");
console.log("from Maastricht:", Object.fromEntries(back.dist));

// Equal-weight grid: many ties, checks deterministic tie-breaking.
const grid = new Graph();
const N = 4;
const name = (r: number, c: number) => String.fromCharCode(97 + r) + c;
for (let r = 0; r < N; r++)
  for (let c = 0; c < N; c++) {
    if (c + 1 < N) grid.addEdge(name(r, c), name(r, c + 1), 1);
    if (r + 1 < N) grid.addEdge(name(r, c), name(r + 1, c), 1);
  }
const gr = grid.dijkstra("a0");
console.log(gr.order.join(","));
console.log(pathTo(gr.prev, "d3"), gr.dist.get("d3"));

// Heap sort with the same queue; includes duplicates, negatives, -0 and Infinity.
const heap = new MinHeap<number>((a, b) => a < b);
for (const x of [5, -1, 3, 3, 0, -0, Infinity, -7.5, 2, 1e-9, 1e9]) heap.push(x);
const sorted: number[] = [];
while (heap.size) sorted.push(heap.pop()!);
console.log(sorted, heap.pop());

for (const bad of [() => g.addEdge("A", "B", -1), () => g.addEdge("A", "B", NaN), () => g.dijkstra("Paris")]) {
  try {
    bad();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
console.log(g.adj.get("Leiden"));
