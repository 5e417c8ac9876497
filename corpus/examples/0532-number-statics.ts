// Number.* statics and constants: isInteger/isSafeInteger/isFinite/isNaN vs global isFinite/isNaN (coercing), EPSILON, MAX/MIN values.
console.log(Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE, Number.EPSILON);
console.log(Number.POSITIVE_INFINITY, Number.NEGATIVE_INFINITY, Number.NaN, Number.EPSILON === 2 ** -52);
console.log(Number.MAX_SAFE_INTEGER + 1 === Number.MAX_SAFE_INTEGER + 2, Number.MAX_VALUE * 2, Number.MIN_VALUE / 2, -Number.MIN_VALUE / 2);

const values: unknown[] = [0, -0, 1, 1.5, -7, 1e21, 2 ** 53, 2 ** 53 - 1, -(2 ** 53 - 1), 5e-324, NaN, Infinity, "5", "abc", "", null, undefined, true, [], [3], "1e3", "0x10"];
console.log("value".padEnd(18), "isInteger isSafeInt isFinite N.isNaN | isFinite isNaN");
for (const v of values) {
  const label = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${String(v)}]` : Object.is(v, -0) ? "-0" : String(v);
  const row = [
    Number.isInteger(v),
    Number.isSafeInteger(v),
    Number.isFinite(v),
    Number.isNaN(v),
    isFinite(v as number),
    isNaN(v as number),
  ].map((b) => (b ? "T" : "."));
  console.log(label.padEnd(18), row.slice(0, 4).join("         "), "|", row.slice(4).join("        "));
}

// EPSILON-based comparison.
const close = (a: number, b: number) => Math.abs(a - b) < Number.EPSILON * Math.max(1, Math.abs(a), Math.abs(b));
console.log(0.1 + 0.2 === 0.3, close(0.1 + 0.2, 0.3), close(1e10 + 1e-6, 1e10), close(1, 1 + 2 * Number.EPSILON));

// Safe integer boundaries.
const m = Number.MAX_SAFE_INTEGER;
console.log(m + 1, m + 2, m + 3, m + 4, m * 2, Number.isSafeInteger(m + 1), (m + 1) / 2);

// Integer tests via different means.
const nums = [3, 3.0, 3.5, -0, 1e300, 2 ** -1074];
console.log(nums.map((n) => [Number.isInteger(n), n % 1 === 0, Math.trunc(n) === n, Math.floor(n) === n]));

// Number.prototype.valueOf and wrapper objects.
const boxed = Object(42) as number;
console.log(typeof boxed, typeof boxed.valueOf(), boxed == 42, boxed === 42, boxed);
try {
  Number.prototype.valueOf.call("42");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
