// Tests ===, !== and Object.is (SameValue) including NaN, signed zeros, references and boxed-free primitives.
const v: any[] = [0, -0, NaN, 1, "1", true, null, undefined, "", Infinity];
for (const a of v) {
  const same: string[] = [];
  for (const b of v) {
    same.push(a === b ? "=" : Object.is(a, b) ? "s" : ".");
  }
  console.log(String(a === "" ? '""' : a).padStart(9), same.join(" "));
}
const nan: any = NaN;
console.log(nan === nan, Object.is(NaN, NaN), 0 === -0, Object.is(0, -0), Object.is(-0, -0));
console.log(Object.is(0 / -1, -0), Object.is(-0 * 0, 0), Object.is(NaN, 0 / 0));
const arrA: any = [1];
const arrB: any = [1];
const o = { k: 1 };
const p = o;
console.log(o === p, o === ({ k: 1 } as any), Object.is(o, p), arrA === arrB);
const nums = [NaN, 0, -0, 3];
console.log(nums.indexOf(NaN), nums.includes(NaN), nums.indexOf(-0), nums.lastIndexOf(0), nums.findIndex((x) => Object.is(x, -0)));
const m = new Map<number, string>([[0, "zero"], [NaN, "nan"]]);
console.log(m.get(-0), m.get(NaN), m.has(0 / 0));
const s = new Set([0, -0, NaN, NaN, 1]);
console.log(s.size, [...s]);
const t1: any = "abc";
const t2: any = "ab" + "c";
console.log(t1 === t2, t1 !== t2, "a" + 1 === "a1");
