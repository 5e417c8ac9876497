// toPrecision and toExponential: switching between fixed and exponent notation, rounding ties, undefined argument, range errors.
const nums = [0, -0, 1, 123.456, 0.000123456, 1e-7, 1.5e-7, 123456789, 1e21, 5e-324, 2.5, -2.5, 0.5, 1.45, 999.9, 99.99, NaN, -Infinity];
for (const n of nums) {
  const p = [1, 2, 3, 6, 10].map((d) => n.toPrecision(d));
  console.log(String(n).padEnd(12), n.toPrecision(), p.join(" "));
}
for (const n of nums) {
  const e = [0, 1, 3, 8].map((d) => n.toExponential(d));
  console.log(String(n).padEnd(12), n.toExponential(), e.join(" "));
}

// Large precision shows the binary expansion.
console.log((0.1).toPrecision(21), (0.1).toPrecision(100).length, (1 / 3).toExponential(20), (2 ** 70).toPrecision(25));

// Range errors.
for (const f of [() => (1).toPrecision(0), () => (1).toPrecision(101), () => (1).toExponential(-1), () => (1).toExponential(101)]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
// Non-finite values ignore the range check for toExponential but not toPrecision.
console.log(NaN.toExponential(200 as number), Infinity.toPrecision(undefined));

// Significant-figure formatting helper.
const sig = (x: number, d: number) => Number(x.toPrecision(d));
console.log([123456, 0.00123456, 1.99999, 987.654].map((x) => sig(x, 3)));
