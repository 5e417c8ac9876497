// Math.* over many inputs: trig/exp/log/pow/sqrt/cbrt/hypot/sign/clz32/imul/fround/min/max incl. NaN, ±0, ±Infinity edge cases.
const inputs = [0, -0, 1, -1, 0.5, -0.5, 2, 10, 100, 1e-10, 1e10, Math.PI, Math.E, -Math.PI / 2, NaN, Infinity, -Infinity];
const fns: [string, (x: number) => number][] = [
  ["sqrt", Math.sqrt], ["cbrt", Math.cbrt], ["exp", Math.exp], ["expm1", Math.expm1], ["log", Math.log], ["log1p", Math.log1p],
  ["log2", Math.log2], ["log10", Math.log10], ["sin", Math.sin], ["cos", Math.cos], ["tan", Math.tan], ["asin", Math.asin],
  ["acos", Math.acos], ["atan", Math.atan], ["sinh", Math.sinh], ["cosh", Math.cosh], ["tanh", Math.tanh], ["asinh", Math.asinh],
  ["acosh", Math.acosh], ["atanh", Math.atanh], ["sign", Math.sign], ["abs", Math.abs], ["fround", Math.fround], ["clz32", Math.clz32],
];
const fmt = (x: number) => (Object.is(x, -0) ? "-0" : String(x));
for (const [name, f] of fns) console.log(name.padEnd(6), inputs.map((x) => fmt(f(x))).join(" "));

// Constants.
console.log(Math.PI, Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.SQRT2, Math.SQRT1_2);

// pow and ** edge cases.
const powCases: [number, number][] = [[2, 10], [2, -1], [2, 0.5], [-8, 1 / 3], [0, 0], [NaN, 0], [1, NaN], [1, Infinity], [-1, Infinity], [0, -1], [-0, -1], [-0, -3], [-0, 2], [Infinity, -1], [-Infinity, 3], [10, 308], [10, 309], [2, 1024], [2, -1074], [2, -1075]];
console.log(powCases.map(([b, e]) => fmt(Math.pow(b, e))).join(" "));
console.log(powCases.every(([b, e]) => Object.is(Math.pow(b, e), b ** e)));

// atan2 quadrants and signed zeros.
const a2: [number, number][] = [[0, 0], [-0, 0], [0, -0], [-0, -0], [1, 0], [-1, 0], [0, 1], [0, -1], [1, 1], [-1, -1], [Infinity, Infinity], [-Infinity, -Infinity], [1, -Infinity], [NaN, 1]];
console.log(a2.map(([y, x]) => Math.atan2(y, x)));

// hypot, min, max.
console.log(Math.hypot(), Math.hypot(3, 4), Math.hypot(3, 4, 12), Math.hypot(-3), Math.hypot(NaN, Infinity), Math.hypot(1e200, 1e200), Math.hypot(1e-200, 1e-200));
console.log(Math.max(), Math.min(), Math.max(1, NaN, 3), Math.max(-0, 0), Math.min(0, -0), Math.max("7" as unknown as number, 2), Math.min(...[4, 2, 8]));

// Integer helpers.
console.log(Math.imul(3, 4), Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul(65536, 65536), Math.imul(-5, 12));
console.log(Math.clz32(1), Math.clz32(0x80000000), Math.clz32(-1), Math.clz32(0.5), Math.clz32(2 ** 32));
console.log(Math.fround(5.5), Math.fround(5.05), Math.fround(2 ** 128), Math.fround(1e-50), Math.fround(16777217));
