// Realistic: warehouse inventory on Map/Set — insertion order, delete/re-insert, tag sets, set algebra, reservations and inspect output.

type Sku = string;
type Item = { sku: Sku; name: string; qty: number; price: number; tags: Set<string> };

class OutOfStock extends Error {
  constructor(sku: Sku, wanted: number, have: number) {
    super(`cannot take ${wanted} of ${sku}: only ${have} left`);
    this.name = "OutOfStock";
  }
}

class Inventory {
  private items = new Map<Sku, Item>();
  private byTag = new Map<string, Set<Sku>>();
  private reservations = new Map<string, Map<Sku, number>>();
  readonly history: string[] = [];

  add(sku: Sku, name: string, qty: number, price: number, ...tags: string[]): this {
    const existing = this.items.get(sku);
    if (existing) {
      existing.qty += qty;
      this.history.push(`restock ${sku} +${qty}`);
    } else {
      this.items.set(sku, { sku, name, qty, price, tags: new Set(tags) });
      this.history.push(`new ${sku}`);
    }
    for (const t of tags) {
      if (!this.byTag.has(t)) this.byTag.set(t, new Set());
      this.byTag.get(t)!.add(sku);
      this.items.get(sku)!.tags.add(t);
    }
    return this;
  }

  remove(sku: Sku): boolean {
    const item = this.items.get(sku);
    if (!item) return false;
    for (const t of item.tags) {
      const set = this.byTag.get(t)!;
      set.delete(sku);
      if (set.size === 0) this.byTag.delete(t);
    }
    this.history.push(`remove ${sku}`);
    return this.items.delete(sku);
  }

  available(sku: Sku): number {
    let reserved = 0;
    for (const r of this.reservations.values()) reserved += r.get(sku) ?? 0;
    return (this.items.get(sku)?.qty ?? 0) - reserved;
  }

  reserve(order: string, sku: Sku, qty: number): void {
    const have = this.available(sku);
    if (qty > have) throw new OutOfStock(sku, qty, have);
    const r = this.reservations.get(order) ?? new Map<Sku, number>();
    r.set(sku, (r.get(sku) ?? 0) + qty);
    this.reservations.set(order, r);
    this.history.push(`reserve ${order} ${sku} x${qty}`);
  }

  commit(order: string): number {
    const r = this.reservations.get(order);
    if (!r) return 0;
    let total = 0;
    for (const [sku, qty] of r) {
      const item = this.items.get(sku);
      if (!item) {
        this.history.push(`drop ${order} ${sku} x${qty}`);
        continue;
      }
      item.qty -= qty;
      total += qty * item.price;
    }
    this.reservations.delete(order);
    this.history.push(`commit ${order} ${total.toFixed(2)}`);
    return total;
  }

  tagged(...tags: string[]): Sku[] {
    const sets = tags.map((t) => this.byTag.get(t) ?? new Set<Sku>());
    if (sets.length === 0) return [];
    return [...sets[0]].filter((x) => sets.every((s) => s.has(x))).sort();
  }

  tagsOfAny(): Map<string, number> {
    return new Map([...this.byTag].map(([t, s]) => [t, s.size] as [string, number]).sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
  }

  lowStock(threshold: number): string[] {
    return [...this.items.values()].filter((i) => i.qty <= threshold).map((i) => `${i.sku}:${i.qty}`);
  }

  get skus(): IterableIterator<Sku> {
    return this.items.keys();
  }
  get value(): number {
    let v = 0;
    for (const { qty, price } of this.items.values()) v += qty * price;
    return Math.round(v * 100) / 100;
  }
}

const inv = new Inventory();
inv
  .add("A-100", "hex bolt", 500, 0.12, "hardware", "metal")
  .add("A-200", "wing nut", 40, 0.35, "hardware", "metal")
  .add("B-001", "oak plank", 12, 14.99, "wood", "lumber")
  .add("C-042", "wood glue", 3, 6.5, "adhesive", "wood")
  .add("D-777", "tape measure", 7, 11.25, "tools", "metal")
  .add("A-100", "hex bolt", 250, 0.12, "bulk");

console.log([...inv.skus]);
console.log("metal", inv.tagged("metal"), "metal+hardware", inv.tagged("metal", "hardware"), "none", inv.tagged("wood", "metal"));
console.log(inv.tagsOfAny());
console.log("value", inv.value, "low", inv.lowStock(10));

const orders: Array<[string, Sku, number]> = [
  ["o1", "A-100", 700],
  ["o1", "C-042", 2],
  ["o2", "A-100", 100],
  ["o2", "C-042", 2],
  ["o3", "Z-999", 1],
  ["o3", "D-777", 7],
];
for (const [o, s, q] of orders) {
  try {
    inv.reserve(o, s, q);
  } catch (e) {
    console.log(String(e));
  }
}
console.log("avail A-100", inv.available("A-100"), "C-042", inv.available("C-042"));
console.log("commit o1", inv.commit("o1"), "commit o9", inv.commit("o9"));
console.log("removed D?", inv.remove("D-777"), "again?", inv.remove("D-777"));
console.log("commit o3", inv.commit("o3"));
inv.add("D-777", "tape measure", 1, 11.25, "tools");
console.log([...inv.skus], inv.tagsOfAny().get("tools"), inv.tagged("tools"));

// Map/Set semantics worth pinning: SameValueZero keys, insertion order on re-set, size, object keys.
const m = new Map<unknown, string>();
m.set(NaN, "nan").set(0, "zero").set(-0, "minus zero").set("0", "string zero");
const keyObj = { id: 1 };
m.set(keyObj, "obj").set({ id: 1 }, "other obj");
m.set(0, "zero again");
console.log(m.size, m.get(NaN), m.get(-0), m.has({ id: 1 }), m.get(keyObj));
console.log(m);
const s = new Set([3, 1, 3, 2, 1, NaN, NaN, -0, 0]);
s.delete(1);
s.add(1);
console.log(s, [...s].map((x) => Object.is(x, -0)));
console.log(new Map([["nested", new Map([["deep", new Set(["x", ["y", { z: 1 }]])]])]]));
console.log(new Set(), new Map(), new Set([[]]), [new Map([[1, 2]])]);
console.log(inv.history.length, inv.history.slice(-6));
