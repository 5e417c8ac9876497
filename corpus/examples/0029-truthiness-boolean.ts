// Tests ToBoolean on every falsy/truthy kind, ! and !!, and && / || returning an operand rather than a boolean.
const vals: any[] = [false, 0, -0, NaN, "", null, undefined, true, 1, -1, "0", "false", " ", [], {}, [0], Infinity, () => 0, new Map()];
function label(v: any): string {
  if (typeof v === "function") return "fn";
  if (v instanceof Map) return "map";
  if (typeof v === "number") return Object.is(v, -0) ? "-0" : String(v);
  return v === undefined ? "undefined" : JSON.stringify(v);
}
const labels = vals.map(label);
for (let i = 0; i < vals.length; i++) {
  const v = vals[i];
  console.log(labels[i].padEnd(10), Boolean(v), !v, !!v, v ? "then" : "else");
}
const [zero, one, two, empty, nil]: any[] = [0, 1, 2, "", null];
console.log(one && two, zero && two, one || two, zero || two, empty || nil, nil && undefined, (one && "b") && "c", empty || zero || NaN);
const obj: any = { a: 0 };
console.log(obj.a || "default", obj.b || obj.c || "chain", obj && obj.a, obj.missing && obj.missing.deep);
let calls = 0;
const t = (): boolean => {
  calls++;
  return true;
};
const f = (): boolean => {
  calls++;
  return false;
};
console.log(f() && t(), calls);
console.log(t() || f(), calls);
console.log(f() || (t() && f()) || t(), calls);
const filtered = vals.filter(Boolean).length;
console.log("truthy count", filtered, "falsy count", vals.length - filtered);
const emptyArr: unknown = [];
if (emptyArr) console.log("empty array is truthy");
if (!empty) console.log("empty string is falsy");
while (zero) console.log("never");
console.log(!!nothing() === false);
function nothing(): unknown {
  return null;
}
