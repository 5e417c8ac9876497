// Tests ?: (nesting, associativity) and optional chaining ?. on properties, index, calls and short-circuiting.
function grade(n: number): string {
  return n >= 90 ? "A" : n >= 80 ? "B" : n >= 70 ? "C" : n >= 60 ? "D" : "F";
}
console.log([95, 85, 75, 65, 55, NaN, 90].map(grade).join(""));
const truthy: any[] = [0, 1, "", "a", null, [], {}, NaN, -0, undefined];
console.log(truthy.map((v) => (v ? "t" : "f")).join(""));
type Node1 = { val: number; next?: Node1; fn?: (x: number) => number; tags?: string[] };
const list: Node1 = { val: 1, next: { val: 2, fn: (x) => x * 2, tags: ["a", "b"] } };
console.log(list.next?.val, list.next?.next?.val, list.next?.next?.next?.val);
console.log(list.fn?.(3), list.next?.fn?.(3), list.next?.tags?.[1], list.tags?.[0]);
const maybeNull: Node1 | null = null as Node1 | null;
console.log(maybeNull?.val, maybeNull?.next?.val, maybeNull?.fn?.(1));
let calls = 0;
function count(): number {
  calls++;
  return calls;
}
const absent: any = undefined;
console.log(absent?.[count()], absent?.x.y.z, absent?.m(count()), calls);
const present: any = { arr: [10, 20], m(n: number): number { return n + 100; } };
console.log(present?.[`arr`][count()], present?.m(count()), calls);
console.log(present.nope?.(), present.arr?.length, present?.arr.at?.(-1));
try {
  console.log(present.missing.deep);
} catch (e) {
  console.log((e as Error).message);
}
try {
  present.nope();
} catch (e) {
  console.log((e as Error).message);
}
const cond: any = "0";
console.log(cond ? "yes" : "no", cond == 0 ? "eq" : "ne", !cond ? 1 : 2);
const nest = (a: boolean, b: boolean): string => (a ? (b ? "ab" : "a") : b ? "b" : "none");
console.log(nest(true, true), nest(true, false), nest(false, true), nest(false, false));
