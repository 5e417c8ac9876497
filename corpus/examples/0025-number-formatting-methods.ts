// Tests toFixed, toPrecision, toExponential and toString(radix) including rounding ties, large values and RangeErrors.
const fixed: Array<[number, number]> = [
  [1.005, 2], [1.45, 1], [1.55, 1], [2.5, 0], [-2.5, 0], [0.5, 0], [1.5, 0], [123.456, 0], [123.456, 5],
  [0, 2], [-0, 2], [-0.0001, 2], [1e21, 2], [1e20, 2], [0.000001, 7], [1 / 3, 20], [8.345, 2], [-1.005, 2],
];
for (const [n, d] of fixed) console.log(`(${n}).toFixed(${d}) =`, n.toFixed(d));
const prec: Array<[number, number]> = [
  [123.456, 1], [123.456, 2], [123.456, 4], [123.456, 10], [0.000123, 2], [1e21, 3], [1e-7, 3],
  [99.99, 3], [99.99, 2], [-0, 3], [5e-324, 2], [123456, 3], [0.5, 1], [2.5, 1], [1.25, 2],
];
for (const [n, p] of prec) console.log(`(${n}).toPrecision(${p}) =`, n.toPrecision(p));
const expo: Array<[number, number | undefined]> = [
  [0, undefined], [123456, undefined], [123456, 2], [0.00015, 1], [1.5, 0], [2.5, 0], [-1e-10, 3], [1e21, undefined], [1 / 3, 5],
];
for (const [n, f] of expo) console.log(`(${n}).toExponential(${f}) =`, f === undefined ? n.toExponential() : n.toExponential(f));
const radix: Array<[number, number]> = [
  [255, 16], [255, 2], [-255, 36], [0.5, 2], [0.1, 2], [0.1, 3], [3.75, 16], [1e21, 36], [-0, 2],
  [2 ** 53, 7], [123.456, 36], [NaN, 16], [-Infinity, 2], [1 / 3, 3], [35, 36], [4294967295, 16],
];
for (const [n, r] of radix) console.log(`(${n}).toString(${r}) =`, n.toString(r));
console.log((NaN).toFixed(2), (Infinity).toPrecision(3), (-Infinity).toExponential(2), (1234.5678).toFixed());
const bad: Array<() => string> = [
  () => (1).toFixed(101), () => (1).toPrecision(0), () => (1).toPrecision(101),
  () => (1).toExponential(-1), () => (1).toString(1), () => (1).toString(37),
];
for (const f of bad) {
  try {
    console.log(f());
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
