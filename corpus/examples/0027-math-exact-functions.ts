// Tests Math functions with exactly specified results: rounding family, sign, abs, min/max with NaN and -0, hypot, sqrt, clz32, imul, fround.
const rounders = [0.5, -0.5, 1.5, -1.5, 2.5, -2.5, 0.49999999999999994, -0.4, -0, 0, 4.7, -4.7, 1e21 + 0.5, NaN, Infinity, -Infinity, 2 ** 52 + 0.5];
for (const x of rounders) {
  console.log(String(x).padEnd(22), [Math.round(x), Math.floor(x), Math.ceil(x), Math.trunc(x), Math.sign(x), Math.abs(x)]);
}
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(-0, 0), Math.max(-0, 0), Math.max(0, -0));
console.log(Object.is(Math.min(0, -0), -0), Object.is(Math.max(-0, 0), 0), Object.is(Math.round(-0.2), -0));
const mixed: any[] = ["3", [4], null, true];
console.log(Math.max(...mixed), Math.min(...mixed), Math.max("a" as any, 1));
console.log(Math.hypot(3, 4), Math.hypot(), Math.hypot(-0), Math.hypot(NaN, Infinity), Math.hypot(1, 1, 1, 1), Math.hypot(1e200, 1e200));
console.log(Math.sqrt(2), Math.sqrt(-1), Math.sqrt(-0), Math.sqrt(Infinity), Math.sqrt(1e-320), Math.cbrt(27), Math.cbrt(-8));
console.log([0, 1, 2, 0x7fffffff, 0x80000000, -1, 0.5, 2 ** 32, NaN].map(Math.clz32));
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(0x7fffffff, 0x7fffffff), Math.imul(-5, 12), Math.imul(2 ** 31, 2));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(1e40), Math.fround(2 ** -150), Math.fround(0.1), Math.fround(-0));
console.log(Math.pow(NaN, 0), Math.pow(-0, -3), Math.abs(-Number.MAX_VALUE), Math.abs(-(2 ** 31)));
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);
const rr: any[] = ["2.5", "-2.5", [1.5], "", null, undefined, "x"];
console.log(rr.map((v) => Math.round(v)), rr.map((v) => Math.floor(v)));
