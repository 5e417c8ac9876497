// Comptime folding: integer precision limits of doubles on constants (beyond 2**53, MAX_VALUE overflow, underflow, rounding of big products).
const MAX = Number.MAX_SAFE_INTEGER;
console.log(MAX + 1, MAX + 2, MAX + 3, MAX + 4, MAX * 2, MAX * 2 + 1, -MAX - 2, 2 ** 53 + 1 === 2 ** 53, 2 ** 53 - 1 === MAX);
console.log(Number.isSafeInteger(MAX), Number.isSafeInteger(MAX + 1), Number.isInteger(5.0), Number.isInteger(1e300), Number.isInteger(0.1 + 0.2), Number.isSafeInteger(-0));
console.log(Number.MAX_VALUE + 1e292, Number.MAX_VALUE + 1e291, Number.MAX_VALUE * (1 + Number.EPSILON), -Number.MAX_VALUE * 1.5);
console.log(Number.MIN_VALUE / 2, Number.MIN_VALUE * 0.5000001, Number.MIN_VALUE * 1.5, Number.MIN_VALUE * 2.5, 2.2250738585072014e-308 / 3);
console.log(123456789 * 987654321, 99999999 * 99999999, 2 ** 32 * 2 ** 32 + 1, 4294967295 * 4294967295, 3 ** 40, 3 ** 33, 7 ** 19);
console.log(2 ** 53 % 3, 1e17 % 7, (2 ** 63) % 1000, 2 ** 64 / 2 ** 11, (MAX + 1) / 2, MAX % 2, (MAX + 1) % 2);
let acc = 1;
const growth: number[] = [];
for (let i = 0; i < 12; i++) {
  acc *= 1000;
  growth.push(acc + 1);
}
console.log(growth);
const fracs = [0.1 * 3, 0.3 - 0.1, 9.95 * 100, 1e16 + 1, 1.1 + 2.2, 0.57 * 100, 1.15 * 100, 8.675 * 100, 1 - 1e-16, 1 + 1e-16, 1 + 2 ** -52];
console.log(fracs, fracs.map((x) => x === Math.round(x)));
let harmonic = 0;
for (let i = 1; i <= 1000; i++) harmonic += 1 / i;
let reverseHarmonic = 0;
for (let i = 1000; i >= 1; i--) reverseHarmonic += 1 / i;
console.log(harmonic, reverseHarmonic, harmonic === reverseHarmonic, harmonic - reverseHarmonic);
let kahanSum = 0;
let comp = 0;
for (let i = 0; i < 10; i++) {
  const y = 0.1 - comp;
  const t = kahanSum + y;
  comp = t - kahanSum - y;
  kahanSum = t;
}
console.log(kahanSum, comp);
