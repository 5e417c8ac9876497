// Shorthand properties and computed keys: evaluation order, key coercion (ToPropertyKey) and collisions.
const a = 1;
const b = "two";
const c = [3];
const short = { a, b, c };
console.log(short);

const log: string[] = [];
function key(k: string): string {
  log.push("key " + k);
  return k;
}
function val<T>(v: T): T {
  log.push("val " + String(v));
  return v;
}
const ordered = { [key("p")]: val(1), [key("q")]: val(2), [key("p")]: val(3) };
console.log(ordered, log);

// Computed keys are converted to strings.
const n = 7;
const objKey = { toString() { return "custom"; } };
const computed = {
  [n * 6]: "number",
  [`tmpl${n}`]: "template",
  [String(objKey)]: "obj",
  ["" + null]: "null",
  [String(undefined)]: "undefined",
  [1.5]: "float",
  [-0]: "negzero",
  [1e21]: "big",
  [0.000001]: "small",
  [1e-7]: "smaller",
};
console.log(computed);
console.log(Object.keys(computed));

// Shorthand methods vs arrow properties.
const withFns = {
  method() { return "method"; },
  arrow: () => "arrow",
  ["comp" + "uted"]() { return "computed method"; },
};
console.log(withFns.method(), withFns.arrow(), withFns.computed());
console.log(withFns);

// Keys from a loop.
const built: Record<string, number> = {};
for (let i = 0; i < 5; i++) built["k" + i] = i * i;
console.log(built);
