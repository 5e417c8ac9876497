// util.inspect of circular structures: <ref *N> markers, [Circular *N], multiple cycles, cycles through arrays, Maps and class instances.
const a: Record<string, unknown> = { name: "a" };
a.self = a;
console.log(a);

const parent: Record<string, unknown> = { name: "parent", children: [] as unknown[] };
const child = { name: "child", parent };
(parent.children as unknown[]).push(child, { name: "child2", parent });
console.log(parent);
console.log(child);

// Two independent cycles get different reference numbers.
const x: Record<string, unknown> = { id: "x" };
const y: Record<string, unknown> = { id: "y" };
x.me = x;
y.me = y;
console.log({ x, y });
console.log([x, y, x]);

// Array containing itself.
const arr: unknown[] = [1, 2];
arr.push(arr);
console.log(arr);

// Cycles through Map and Set.
const m = new Map<string, unknown>();
m.set("self", m);
const s = new Set<unknown>();
s.add(s);
s.add(m);
console.log(m, s);

// Class instances forming a ring.
class Node2 {
  value: number;
  next: Node2 | null = null;
  constructor(value: number) {
    this.value = value;
  }
}
const n1 = new Node2(1);
const n2 = new Node2(2);
const n3 = new Node2(3);
n1.next = n2;
n2.next = n3;
n3.next = n1;
console.log(n1);

// Cycle deeper than the depth limit is shown as [Object] instead.
const deep: Record<string, unknown> = { l1: { l2: { l3: {} } } };
((deep.l1 as Record<string, Record<string, Record<string, unknown>>>).l2.l3).back = deep;
console.log(deep);

// Same object referenced twice without a cycle is printed twice.
const shared = { s: 1 };
console.log({ p: shared, q: shared });

// Circular values in format strings.
console.log("%s | %o", a, arr);
console.log(String(arr), JSON.stringify(arr.slice(0, 2)));
