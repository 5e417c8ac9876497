// Tests the % operator: sign follows the dividend, -0 results, NaN/Infinity operands and fractional operands.
const pairs: Array<[number, number]> = [
  [7, 3], [-7, 3], [7, -3], [-7, -3],
  [6, 3], [-6, 3], [0, 5], [-0, 5],
  [5, 0], [5, -0], [Infinity, 2], [-Infinity, 2],
  [5, Infinity], [-5, Infinity], [5, -Infinity], [0, Infinity],
  [NaN, 2], [2, NaN], [5.5, 2], [-5.5, 2],
  [5.25, 0.5], [0.3, 0.1], [1e20, 3], [-1e20, 7],
  [2 ** 53, 3], [1, 0.1], [4.5, -1.25], [-4.5, -1.25],
];
for (const [x, y] of pairs) {
  const r = x % y;
  console.log(x, "%", y, "=", r, Object.is(r, -0) ? "(negative zero)" : "");
}
const neg = -4 % 2;
console.log("is -4 % 2 negative zero:", Object.is(neg, -0), 1 / neg);
console.log([-1 % 1, 1 % -1, -3 % 3]);
function mod(n: number, m: number): number {
  return ((n % m) + m) % m;
}
const results: number[] = [];
for (let i = -7; i <= 7; i++) results.push(mod(i, 4));
console.log(results);
let x = 17;
x %= 5;
console.log(x);
x %= -2;
console.log(x);
let y = -17.75;
y %= 4;
console.log(y);
