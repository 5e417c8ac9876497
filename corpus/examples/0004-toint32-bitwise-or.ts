// Tests ToInt32 via |0 and ToUint32 via >>>0 on large, fractional, negative, non-finite and string operands.
const values: any[] = [
  0, -0, 1, -1, 1.9, -1.9, 2.5, -2.5,
  2 ** 31 - 1, 2 ** 31, 2 ** 31 + 1, -(2 ** 31), -(2 ** 31) - 1,
  2 ** 32, 2 ** 32 + 5, -(2 ** 32), 2 ** 53, 2 ** 53 + 2, 2 ** 64, 1e21, -1e21, 4294967295.9,
  NaN, Infinity, -Infinity, Number.MAX_VALUE, Number.MIN_VALUE,
  "42", " 7 ", "0x10", "1e3", "abc", "", null, undefined, true, false, [], [9], [1, 2], {},
];
for (const v of values) {
  const label = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${v}]` : String(v);
  console.log(label.padEnd(24), (v | 0).toString().padStart(12), (v >>> 0).toString().padStart(12));
}
console.log(Object.is(-0 | 0, 0), Object.is(-0.5 | 0, 0));
console.log(3000000000 | 0, 3000000000 >>> 0, -3000000000 | 0, -3000000000 >>> 0);
console.log(~~12.7, ~~-12.7, ~~"8.9", ~~(2 ** 33 + 3));
