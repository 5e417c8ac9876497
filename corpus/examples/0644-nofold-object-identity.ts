// Comptime folding must preserve identity: pure functions returning fresh objects/arrays give distinct values that can be mutated independently.
const makePoint = (x: number, y: number) => ({ x, y });
const p1 = makePoint(1, 2);
const p2 = makePoint(1, 2);
console.log(p1 === p2, p1 == p2, JSON.stringify(p1) === JSON.stringify(p2), Object.is(p1, p2));
p1.x = 100;
console.log(p1, p2);
function buildTable(): number[] {
  return [1, 2, 3];
}
const T1 = buildTable();
const T2 = buildTable();
T1.push(4);
console.log(T1, T2, T1 === T2, buildTable());
const EMPTY = Object.freeze([]) as readonly number[];
const getEmpty = () => EMPTY;
console.log(getEmpty() === getEmpty(), Object.isFrozen(getEmpty()));
const makeCounter = () => {
  let n = 0;
  return () => ++n;
};
const c1 = makeCounter();
const c2 = makeCounter();
console.log(c1(), c1(), c2(), c1 === c2, makeCounter === makeCounter);
const seen = new Set<object>();
for (let i = 0; i < 3; i++) seen.add(makePoint(0, 0));
seen.add(p1);
seen.add(p1);
console.log(seen.size);
const byIdentity = new Map<object, string>([[p1, "p1"], [p2, "p2"]]);
console.log(byIdentity.get(p1), byIdentity.get(makePoint(1, 2)), byIdentity.size);
const s1 = "ab" + "c";
const s2 = ["a", "b", "c"].join("");
const same = (a: unknown, b: unknown) => a === b;
console.log(s1 === s2, same([1, 2], [1, 2]), same({}, {}), same(() => 1, () => 1), same(s1, s2), same(NaN, NaN));
const nested = () => ({ list: [{ v: 1 }] });
const n1 = nested();
const n2 = nested();
n1.list[0].v = 9;
console.log(n1, n2, n1.list === n2.list);
const cls = class Box {
  v: number;
  constructor(v: number) {
    this.v = v;
  }
};
const b1 = new cls(1);
const b2 = new cls(1);
console.log(b1 === b2, b1 instanceof cls, b1, b2.v);
