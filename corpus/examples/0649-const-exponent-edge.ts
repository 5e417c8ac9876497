// Comptime folding: ** and Math.pow on constant edge cases (0**0, NaN**0, 1**Infinity, negative bases, overflow/underflow, -0 results).
const pairs: Array<[number, number]> = [
  [2, 10], [2, -1], [2, 0.5], [-8, 1 / 3], [0, 0], [NaN, 0], [NaN, -0], [1, Infinity], [1, -Infinity], [1, NaN], [-1, Infinity], [-1, -Infinity],
  [2, 1024], [2, -1075], [-2, 31], [-2, 53], [-2, 1023], [-2, 1024], [10, 21], [10, -7], [10, 308], [10, 309], [0.1, 2], [1.1, 2], [Infinity, -1],
  [-Infinity, 3], [-Infinity, 2], [-Infinity, -3], [-Infinity, -2], [-0, -3], [-0, -2], [-0, 3], [-0, 0.5], [0, -1], [0.5, Infinity], [0.5, -Infinity],
  [1.5, Infinity], [-0.5, Infinity], [-1.5, -Infinity], [3, 40], [7, 0.5], [-27, 1 / 3], [4, 0.5], [2, 52], [2, 53], [2, -1074], [9007199254740991, 2],
];
const out = pairs.map(([b, e]) => b ** e);
console.log(out);
console.log(pairs.every(([b, e], i) => Object.is(Math.pow(b, e), out[i])));
for (let i = 0; i < pairs.length; i += 6) console.log(pairs.slice(i, i + 6).map(([b, e], k) => `${Object.is(b, -0) ? "-0" : b}**${e}=${Object.is(out[i + k], -0) ? "-0" : out[i + k]}`).join("  "));
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, (-2) ** 2, -(2 ** 2), 2 ** -(2 ** 2), 2 ** -2);
let x = 3;
x **= 2;
x **= 0.5;
console.log(x, 10 ** 15 + 0.3, 5 ** -324, 2 ** 0.5 * 2 ** 0.5, 8 ** (1 / 3), 1000 ** (1 / 3), 1e308 ** 2, 1e-200 ** 2);
