// Comptime folding: toFixed/toPrecision/toExponential/toString(radix) on constants, including rounding ties and RangeErrors at run time.
const fixedCases: Array<[number, number]> = [[1.005, 2], [1.45, 1], [1.55, 1], [0.5, 0], [1.5, 0], [2.5, 0], [-2.5, 0], [0.000001, 7], [123.456, 0], [1e20, 2], [1e21, 2], [0.1, 20], [-1.5e-10, 5], [999.9999, 3], [5e-7, 6], [2 ** 60, 1]];
console.log(fixedCases.map(([x, d]) => x.toFixed(d)));
const precCases: Array<[number, number]> = [[123.456, 4], [0.00001234, 2], [1e21, 3], [123456, 2], [0.5, 1], [1.25, 2], [1.35, 2], [99.99, 3], [-0.000001, 1], [1, 21], [5e-324, 3], [123, 3]];
console.log(precCases.map(([x, p]) => x.toPrecision(p)));
const expCases: Array<[number, number | undefined]> = [[123456, undefined], [0, 2], [1.5, 0], [0.00015, 1], [1e21, 3], [-98765.4321, 4], [5e-324, undefined], [1.7976931348623157e308, 5], [25, 0], [35, 0]];
console.log(expCases.map(([x, d]) => x.toExponential(d)));
const radixCases: Array<[number, number]> = [[255, 16], [255, 2], [-255, 36], [0.5, 2], [0.1, 3], [3.14159, 16], [2 ** 53, 7], [1e21, 36], [-0.75, 8], [1 / 3, 3], [123.456, 36], [Number.MAX_VALUE, 36], [5e-324, 2]];
for (const [x, r] of radixCases) console.log(`${x}.toString(${r}) =`, x.toString(r));
console.log((25).toString(36), (35).toString(36), (36).toString(36), (-0).toString(2), NaN.toString(16), (1e-7).toString(2).length);
for (const bad of [() => (1).toFixed(101), () => (1).toFixed(-1), () => (1).toPrecision(0), () => (1).toPrecision(101), () => (1).toExponential(-1), () => (1).toString(1), () => (1).toString(37)]) {
  try {
    console.log("ok", bad());
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
console.log((1).toFixed(100).length, (0).toFixed(100).slice(-5), (123.456).toFixed(undefined), (1.5).toPrecision(undefined), (7).toFixed(2.9), (7).toString(16.9));
