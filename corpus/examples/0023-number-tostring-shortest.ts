// Tests Number::toString (shortest round-trip digits) and the decimal/exponent switch points at 1e21 and 1e-7.
const nums = [
  0, -0, 1, -1, 0.1, 0.2, 0.3, 1 / 3, 2 / 3, 100, 1e20, 1e21, 1.5e21, 123456789012345678901234,
  1e-6, 1e-7, 1.23e-6, 1.23e-7, 0.00001234, 5e-324, 2.2250738585072014e-308, 1.7976931348623157e308,
  4.35, 0.000001, 12345.6789, 1.0000000000000002, 0.9999999999999999, 9007199254740993, 2 ** 60,
  -1e-7, -123.456e5, 3.14159e100, 1 / 7, 100 / 3, 1e15 + 0.3, 1e16 + 1, 255 / 256,
];
for (const n of nums) console.log(String(n).padEnd(26), `${n}` === n.toString(), JSON.stringify(n));
console.log(nums.slice(0, 12));
console.log([NaN, Infinity, -Infinity].map(String), JSON.stringify([NaN, Infinity, -0]));
const lines: string[] = [];
let x = 1;
for (let i = 0; i < 25; i++) {
  lines.push(String(x));
  x *= 10;
}
console.log(lines.join(" "));
let y = 1;
const small: string[] = [];
for (let i = 0; i < 10; i++) {
  y /= 10;
  small.push(String(y));
}
console.log(small.join(" "));
