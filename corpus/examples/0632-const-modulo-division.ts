// Comptime folding: % and / on constants with signs, fractions, zeros and infinities (ECMA-262 Number::remainder and Number::divide).
const cases: Array<[number, number]> = [
  [7, 3], [-7, 3], [7, -3], [-7, -3], [5.5, 2], [-5.5, 2], [0.3, 0.1], [1, 0], [0, 5], [-0, 5], [0, -5], [Infinity, 2], [2, Infinity],
  [-2, -Infinity], [1e308, 3], [2 ** 60, 7], [-(2 ** 31), -1], [5, 0.3], [1e-320, 3e-321], [NaN, 1], [1, NaN], [0, 0], [-1, Infinity], [4, 2], [-4, 2],
];
for (const [a, b] of cases) {
  const r = a % b;
  const q = a / b;
  console.log(`${a} % ${b} =`, r, ` ${a} / ${b} =`, q, Object.is(r, -0) ? "(neg zero rem)" : "", Object.is(q, -0) ? "(neg zero quot)" : "");
}
console.log(Math.trunc(-7 / 2), (-7 / 2) | 0, Math.floor(-7 / 2), ((-7 % 3) + 3) % 3, 1 / 3 * 3, 10 / 3, 2 / 3 * 3 === 2, 0.1 / 0.3);
const mod = (a: number, n: number) => ((a % n) + n) % n;
console.log([-7, -1, 0, 1, 7, -0, -14].map((a) => mod(a, 7)), mod(-1, -7), mod(5.5, -2));
const divmod = (a: number, b: number) => [Math.floor(a / b), mod(a, b)];
console.log(divmod(17, 5), divmod(-17, 5), divmod(17, -5), divmod(-17, -5), divmod(2 ** 53, 10));
console.log(1 / 0, -1 / 0, 1 / -0, -1 / -0, 0 / 0, Infinity / Infinity, Infinity / -0, -0 / Infinity, 1e308 / 1e-10, 1e-308 / 1e10);
