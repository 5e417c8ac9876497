// Comptime folding: typeof of constants and expressions, typeof-guarded branches that can be folded away.
class K {}
function fn() {
  return 1;
}
const arrow = () => 2;
const values: unknown[] = [1, -0, NaN, Infinity, "s", "", true, undefined, null, {}, [], fn, arrow, K, Math, JSON, Math.max, console.log, new Map(), Symbol.iterator, new String("boxed"), Object(1), void 0, typeof 1, String(1), Number("1")];
console.log(values.map((v) => typeof v));
console.log(typeof typeof 1, typeof (typeof undefined), typeof fn(), typeof arrow, typeof new K(), typeof K.prototype, typeof fn.call);
const describe = (v: unknown): string => {
  switch (typeof v) {
    case "number": return Number.isInteger(v) ? "int" : "float";
    case "string": return v.length === 0 ? "empty" : "text";
    case "boolean": return v ? "yes" : "no";
    case "undefined": return "undef";
    case "function": return "fn/" + (v as Function).length;
    case "object": return v === null ? "null" : Array.isArray(v) ? "array/" + v.length : "obj";
    default: return "other";
  }
};
console.log(values.map(describe).join(" "));
const x = 5 as number | string;
if (typeof x === "string") console.log("never", x.length);
else console.log("number branch", x + 1);
const y: unknown = "hello";
console.log(typeof y === "string" ? y.toUpperCase() : "no", typeof y == "object", typeof null === "object", typeof [] === typeof {});
let counter = 0;
const bump = () => ++counter;
console.log(typeof bump(), counter, typeof (bump(), "s"), counter);
console.log(typeof globalThis, typeof process, typeof process.argv, typeof process.env, typeof process.exitCode);
