// Tests typeof on every kind of value, including null, functions, classes, arrows and parenthesised/compound operands.
class Point {
  x = 1;
}
function decl(): void {}
const arrow = (): number => 1;
const vals: Array<[string, unknown]> = [
  ["undefined", undefined], ["null", null], ["true", true], ["zero", 0], ["nan", NaN],
  ["string", "s"], ["empty", ""], ["object", {}], ["array", []], ["decl", decl],
  ["arrow", arrow], ["class", Point], ["instance", new Point()], ["map", new Map()],
  ["set", new Set()], ["Math", Math], ["JSON", JSON], ["console.log", console.log],
  ["Object", Object], ["err", new Error("e")], ["method", [].map], ["symbolIter", Symbol.iterator],
];
for (const [name, v] of vals) console.log(name.padEnd(12), typeof v);
console.log(typeof typeof 1, typeof (1 + "2"), typeof (1 - +"2"), typeof void 0);
const maybe: Record<string, unknown> = { a: 1 };
console.log(typeof maybe.b, typeof maybe.a, typeof maybe["a"]);
function kind(x: unknown): string {
  switch (typeof x) {
    case "number":
      return Number.isNaN(x) ? "nan" : "num";
    case "string":
      return "str";
    case "object":
      return x === null ? "null" : Array.isArray(x) ? "arr" : "obj";
    default:
      return typeof x;
  }
}
console.log([1, NaN, "a", null, [], {}, undefined, true, decl].map(kind));
