// Tests ??=, ||= and &&=: assignment only when needed, short-circuit of the right side and setters not called.
const vals: any[] = [null, undefined, 0, "", false, NaN, 1, "s", [], {}];
for (const v of vals) {
  let a = v;
  let b = v;
  let c = v;
  a ??= "N";
  b ||= "O";
  c &&= "A";
  console.log(String(typeof v === "object" ? JSON.stringify(v) : v).padEnd(10), a, b, c);
}
let rhsCalls = 0;
function rhs(): number {
  rhsCalls++;
  return 42;
}
let p: number | null = 1 as number | null;
p ??= rhs();
let q: number = 0;
q &&= rhs();
let r: number = 5;
r ||= rhs();
console.log(p, q, r, rhsCalls);
let setterCalls = 0;
const obj = {
  _v: 1 as number | null,
  get v(): number | null { return this._v; },
  set v(x: number | null) { setterCalls++; this._v = x; },
};
obj.v ??= 100;
obj.v ||= 200;
console.log(obj.v, setterCalls);
obj.v &&= 0;
console.log(obj.v, setterCalls);
obj.v ||= 300;
console.log(obj.v, setterCalls);
obj.v = null;
obj.v ??= 400;
console.log(obj.v, setterCalls);
const cache: Record<string, number[]> = {};
for (const w of ["a", "b", "a", "c", "a"]) {
  (cache[w] ??= []).push(w.length);
}
console.log(cache);
const frozen = Object.freeze({ x: 1, y: 0 });
try {
  (frozen as any).x ||= 5;
  console.log("no write needed");
  (frozen as any).y ||= 5;
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
