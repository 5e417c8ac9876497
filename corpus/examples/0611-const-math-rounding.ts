// Comptime folding: Math.floor/ceil/round/trunc/sign/abs/fround/max/min/hypot on constant edge values.
const xs = [2.5, -2.5, 1.5, -1.5, 0.5, -0.5, 0.49999999999999994, -0.49999999999999994, 4503599627370495.5, -4503599627370495.5, 2 ** 52 + 1, 1e21 + 0.5, 1e-320, -1e-320, NaN, Infinity, -Infinity, -0];
console.log("floor", xs.map(Math.floor));
console.log("ceil", xs.map(Math.ceil));
console.log("round", xs.map(Math.round));
console.log("trunc", xs.map(Math.trunc));
console.log("sign", xs.map(Math.sign));
console.log("abs", xs.map(Math.abs));
console.log("fround", [5.5, 5.05, 0.1, 1 / 3, 2 ** 128, 2 ** 127 * 1.9999999, 1e-46, 1e-45, 16777217, -0, NaN].map(Math.fround));
const s: any = "3.7";
const n: any = null;
const arr: any = [2.5];
console.log(Math.floor(s), Math.ceil(n), Math.round(arr), Math.trunc("-0.5" as any), Math.abs("-8" as any), Math.sign("" as any), Math.round(undefined as any));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.min(-0, 0), Math.max(-0, 0), Math.max(-1, -0), Math.min(1, 0, -0));
console.log(Math.max(...[3, 1, 2]), Math.min(...[] as number[]), Math.max("10" as any, 9), Math.min("x" as any, 1), Math.max(true as any, 0));
console.log(Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(NaN, Infinity), Math.hypot(-0), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200));
console.log(Math.floor(-7 / 2), Math.trunc(-7 / 2), (-7 / 2) | 0, Math.round(-7 / 2), Math.round(7 / 2), Math.ceil(-7 / 2));
const roundTo = (x: number, d: number) => Math.round(x * 10 ** d) / 10 ** d;
console.log(roundTo(1.005, 2), roundTo(2.675, 2), roundTo(-1.005, 2), roundTo(1234.5678, -2), roundTo(0.1 + 0.2, 10));
