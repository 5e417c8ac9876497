// Number.prototype.toFixed: exact binary rounding (1.005, 2.5), large values switching to exponent form, -0, digits range errors.
const cases: [number, number][] = [
  [1.005, 2], [1.0049999999999999, 2], [2.5, 0], [3.5, 0], [-2.5, 0], [0.5, 0], [1.45, 1], [1.55, 1], [8.345, 2], [8.335, 2],
  [123.456, 0], [123.456, 1], [123.456, 5], [0, 2], [-0, 2], [-0.0001, 2], [0.000001, 7], [1e-10, 3], [1e20, 2], [1e21, 2],
  [1.23e21, 1], [-1e21, 0], [Number.MAX_SAFE_INTEGER, 3], [0.1, 20], [0.3, 100], [1 / 3, 16], [10.235, 2], [1.255, 2],
  [NaN, 2], [Infinity, 1], [-Infinity, 0], [4.35, 1], [999.995, 2], [0.05, 1], [0.15, 1], [0.25, 1], [0.35, 1],
];
for (const [v, d] of cases) console.log(`${v}.toFixed(${d})`.padEnd(34), JSON.stringify(v.toFixed(d)));

// Default digits is 0 and arguments are converted.
console.log((12.5).toFixed(), (13.5).toFixed(), (2.345).toFixed(2.9), (2.345).toFixed("1" as unknown as number), (2.345).toFixed(undefined));

// Range errors.
for (const d of [-1, 101, Infinity]) {
  try {
    (1).toFixed(d);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
try {
  Number.prototype.toFixed.call("1" as unknown as number, 1);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Money formatting with toFixed and thousands separators done by hand.
function money(x: number): string {
  const [int, frac] = Math.abs(x).toFixed(2).split(".");
  let grouped = "";
  for (let i = 0; i < int.length; i++) {
    if (i > 0 && (int.length - i) % 3 === 0) grouped += ",";
    grouped += int[i];
  }
  return (x < 0 ? "-" : "") + "$" + grouped + "." + frac;
}
console.log([0, 1, -1.5, 999.999, 1234.5, 1234567.891, -0.004, 1e9].map(money));
