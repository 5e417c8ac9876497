// Tests Number.isInteger/isSafeInteger/isFinite/isNaN versus the coercing globals, and the Number constants.
const vals: any[] = [0, -0, 1, 1.5, -7, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 1e300, NaN, Infinity, -Infinity, "5", "abc", "", null, undefined, true, [], [3], 5e-324];
console.log("value".padEnd(20), "isInt isSafe nFin gFin nNaN gNaN");
for (const v of vals) {
  const label = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? JSON.stringify(v) : String(v);
  const cols = [Number.isInteger(v), Number.isSafeInteger(v), Number.isFinite(v), isFinite(v), Number.isNaN(v), isNaN(v)];
  console.log(label.padEnd(20), cols.map((c) => (c ? "T" : ".").padEnd(5)).join(" "));
}
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.EPSILON);
console.log(Number.MAX_VALUE, Number.MIN_VALUE, Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN);
console.log(1 + Number.EPSILON > 1, 1 + Number.EPSILON / 2 > 1, Number.EPSILON === 2 ** -52);
console.log(Number(), Number(undefined), Number(null), Number("  "), Number(false), Number("-0"));
console.log(Object.is(Number("-0"), -0), Number.isInteger(5.0), Number.isInteger(5.000000000000001), Number.isInteger(5.0000000000000001));
const n = 42;
console.log(typeof Number(n), n.valueOf(), Number.prototype.toString.call(255, 16));
