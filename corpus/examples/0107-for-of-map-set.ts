// Tests for-of over Map and Set: insertion order, re-insertion, deletion and addition during iteration, keys/values/entries.
const m = new Map<string, number>([["b", 2], ["a", 1], ["c", 3]]);
m.set("b", 20);
for (const [k, v] of m) console.log(k, v);
m.delete("a");
m.set("a", 100);
console.log([...m.keys()], [...m.values()], [...m.entries()]);
const s = new Set([3, 1, 2, 3, 1]);
for (const v of s) console.log("set", v);
const live = new Set([1, 2, 3]);
const order: number[] = [];
for (const v of live) {
  order.push(v);
  if (v === 1) {
    live.delete(2);
    live.add(4);
  }
  if (v === 4) live.add(2);
}
console.log(order, [...live]);
const mm = new Map<number, string>([[1, "a"], [2, "b"]]);
const steps: string[] = [];
for (const [k, v] of mm) {
  steps.push(`${k}${v}`);
  if (k < 4) mm.set(k + 2, v + v);
}
console.log(steps);
const readd = new Set(["x", "y", "z"]);
const seen: string[] = [];
for (const v of readd) {
  seen.push(v);
  if (v === "x") {
    readd.delete("x");
    readd.add("x");
  }
  if (seen.length > 10) break;
}
console.log(seen);
const objKey = { id: 1 };
const refs = new Map<unknown, string>([[objKey, "obj"], [NaN, "nan"], [-0, "zero"], ["1", "str"], [1, "num"]]);
for (const [k, v] of refs) console.log(typeof k, v);
console.log(refs.get(0), refs.get({ id: 1 }), refs.get(objKey));
console.log(m, s, new Map([[{ a: 1 }, [1, 2]]]), new Set(["str", 1, null]));
let total = 0;
for (const v of new Set([5, 5, 10])) total += v;
console.log(total);
for (const e of new Map<string, string>()) console.log("never", e);
m.forEach((v, k, self) => console.log("forEach", k, v, self === m));
