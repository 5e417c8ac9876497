// Tests transcendental Math functions (exp, log family, trig, hyperbolic, atan2, pow) at exact points and general arguments.
const xs = [0, -0, 0.5, 1, 2, 10, -1, 1e-10, 100, Math.PI, Math.PI / 2, Infinity, -Infinity, NaN];
const fns: Array<[string, (x: number) => number]> = [
  ["exp", Math.exp], ["expm1", Math.expm1], ["log", Math.log], ["log1p", Math.log1p], ["log2", Math.log2],
  ["log10", Math.log10], ["sin", Math.sin], ["cos", Math.cos], ["tan", Math.tan], ["asin", Math.asin],
  ["acos", Math.acos], ["atan", Math.atan], ["sinh", Math.sinh], ["cosh", Math.cosh], ["tanh", Math.tanh],
  ["asinh", Math.asinh], ["acosh", Math.acosh], ["atanh", Math.atanh],
];
for (const [name, f] of fns) {
  console.log(name.padEnd(6), xs.map((x) => f(x)).join(" "));
}
const pts: Array<[number, number]> = [[0, 0], [-0, 0], [0, -0], [-0, -0], [1, 0], [-1, 0], [0, -1], [1, 1], [Infinity, Infinity], [-Infinity, -Infinity], [1, -Infinity], [-1, Infinity]];
console.log(pts.map(([y, x]) => Math.atan2(y, x)));
console.log(Math.log2(8), Math.log2(1024), Math.log10(1000), Math.log10(1e-5), Math.exp(0), Math.log(Math.E));
console.log(Math.pow(2, 0.5), Math.pow(10, -5), Math.pow(1.1, 10), Math.pow(7, 1 / 3), 3 ** 0.25);
