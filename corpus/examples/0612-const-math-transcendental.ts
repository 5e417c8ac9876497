// Comptime folding: transcendental Math functions with constant arguments (results must match V8's ieee754 bit for bit).
const xs = [0, -0, 0.5, 1, 2, Math.PI / 6, Math.PI / 4, Math.PI, 10, 1e-10, 100, -3.5];
const fns: Array<[string, (x: number) => number]> = [
  ["sin", Math.sin], ["cos", Math.cos], ["tan", Math.tan], ["exp", Math.exp], ["expm1", Math.expm1],
  ["log", Math.log], ["log1p", Math.log1p], ["log2", Math.log2], ["log10", Math.log10], ["sqrt", Math.sqrt],
  ["cbrt", Math.cbrt], ["sinh", Math.sinh], ["cosh", Math.cosh], ["tanh", Math.tanh], ["asinh", Math.asinh], ["atan", Math.atan],
];
for (const [name, f] of fns) console.log(name.padEnd(6), xs.map((x) => f(x)).join(" "));
const unit = [-1, -0.5, 0, 0.5, 1, 1.5];
console.log("asin  ", unit.map(Math.asin).join(" "));
console.log("acos  ", unit.map(Math.acos).join(" "));
console.log("atanh ", unit.map(Math.atanh).join(" "));
console.log("acosh ", [0.5, 1, 2, 10, 1e10].map(Math.acosh).join(" "));
console.log("atan2 ", [[1, 1], [1, -1], [-1, -1], [0, -1], [-0, -1], [1, 0], [Infinity, Infinity], [-Infinity, 1]].map(([y, x]) => Math.atan2(y, x)).join(" "));
console.log("pow   ", [[2, 0.5], [10, -5], [1.1, 3], [2, 10.5], [-8, 1 / 3], [0.5, -1074], [7, 0.25], [1e10, 0.1]].map(([b, e]) => Math.pow(b, e)).join(" "));
console.log("**    ", 2 ** 0.5, 10 ** -5, 1.1 ** 3, 10 ** 15.5, 3 ** 0.2);
console.log(Math.E, Math.LN2, Math.LN10, Math.LOG2E, Math.LOG10E, Math.PI, Math.SQRT1_2, Math.SQRT2);
console.log(Math.exp(709), Math.exp(710), Math.exp(-745), Math.exp(-746), Math.log(Number.MIN_VALUE), Math.log(Number.MAX_VALUE));
console.log(Math.sin(1e22), Math.cos(1e22), Math.tan(1e300), Math.sin(Math.PI), Math.cos(Math.PI / 2), Math.tan(Math.PI / 2));
console.log(Math.log(-1), Math.log(0), Math.log(-0), Math.log1p(-1), Math.log10(1000), Math.log2(8), Math.log2(2 ** -1074), Math.log10(1e-300));
console.log(Math.cbrt(27), Math.cbrt(-64), Math.cbrt(2), Math.sqrt(2) * Math.sqrt(2), Math.exp(Math.log(10)), Math.sinh(710), Math.cosh(-710), Math.tanh(20));
