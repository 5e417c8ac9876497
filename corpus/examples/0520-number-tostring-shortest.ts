// Number-to-string: shortest round-trip digits, exponent thresholds (1e21, 1e-7), -0, subnormals, and values near powers of ten.
const values = [
  0, -0, 1, -1, 0.1, 0.2, 0.1 + 0.2, 1 / 3, 2 / 3, 10 / 3, 100, 1e6, 123456789012345680000, 1e20, 1e21, 1.5e21, 999999999999999900000,
  0.000001, 0.0000001, 1.2e-7, 0.000001234, 1e-6 * 3, 5e-324, 2.2250738585072014e-308, Number.MAX_VALUE, Number.MIN_VALUE,
  Number.MAX_SAFE_INTEGER, Number.MAX_SAFE_INTEGER + 2, 2 ** 53 + 1, 2 ** 64, 2 ** -10, 4.35, 0.3 - 0.1, 1.005 * 1000, 9.95, 123.456,
  -123.456e-10, 1e300 * 10, -1e300 * 1e10, 0 / 0, 4294967295, 4294967296, -2147483648, 1.7976931348623157e308, 5e-7, 1.25e-5,
];
for (const v of values) console.log(String(v), JSON.stringify(v), `${v}`, v.toString() === String(v));
console.log(values);

// Arithmetic results that print oddly.
console.log(0.1 * 3, 0.7 + 0.1, 1.1 * 1.1, 3 * 1.1, 100 * 1.1, 1 - 0.9, 0.57 * 100, 1.15 * 100, 4.35 * 100);
console.log(1e21 + 1, 1e16 + 1, 2 ** 53, 2 ** 53 + 1, -(2 ** 31), 2 ** 31, 0.1 ** 10, 7 / 0, -7 / 0, 0 * -1);

// Integer-valued floats print without a decimal point.
console.log(5.0, 5.10, -0.0, 1e2, 12e-1, 0.5e1);
