// Tests the ** operator: NaN and infinity rules, signed zeros, right associativity and **=.
const cases: Array<[number, number]> = [
  [2, 10], [2, -2], [-2, 3], [-2, 2], [-8, 1 / 3], [4, 0.5],
  [0, 0], [NaN, 0], [NaN, -0], [1, NaN], [1, Infinity], [-1, Infinity],
  [-1, -Infinity], [1, -Infinity], [0.5, Infinity], [0.5, -Infinity],
  [2, Infinity], [2, -Infinity], [0, -1], [-0, -1], [-0, -2], [-0, 3],
  [-0, 2], [-0, 0.5], [0, 0.5], [Infinity, -1], [-Infinity, 3], [-Infinity, 2],
  [-Infinity, -3], [-Infinity, -2], [10, 308], [10, 309], [10, -323], [10, -324],
  [2, 0.5], [1.0000001, 1e9], [-1.5, 3], [3, -3],
];
for (const [base, exp] of cases) {
  console.log(`${base} ** ${exp} =`, base ** exp);
}
console.log(2 ** 3 ** 2, (2 ** 3) ** 2, 2 ** -(1 ** 2), 2 ** (-1) ** 2);
console.log((-2) ** 2, -(2 ** 2), (-3) ** 3);
let p = 3;
p **= 4;
console.log(p);
p **= 0.5;
console.log(p);
p **= -1;
console.log(p);
const zs = [(-0) ** 3, (-0) ** 2, 0 ** 3];
console.log(zs, zs.map((z) => Object.is(z, -0)));
console.log(Math.pow(2, 0.5) === 2 ** 0.5, 2 ** 53 + 1, 2 ** 1023 * 2, 2 ** -1074, 2 ** -1075);
