// Comptime folding: printing of very large/small constants (2**31, 2**53+1, 1e21, 1e-7, denormals) and shortest round-trip ToString.
const values = [
  2 ** 31, 2 ** 32, 2 ** 31 - 1, -(2 ** 31), 2 ** 53, 2 ** 53 + 1, 2 ** 53 + 2, 2 ** 63, 2 ** 64, 2 ** 100,
  1e20, 1e21, 1e21 - 65536, 123456789012345680000, 999999999999999999999, -1e21,
  1e-6, 1e-7, 0.000001234, 1.5e-7, 123e-20, 5e-324, 2 ** -1074, 2 ** -1022, 1.7976931348623157e308,
  0.1 + 0.2, 1 / 3, 2 / 3, 100 / 3, 0.1 * 3, 4.35 * 100, 1.005 * 1000, 9007199254740993, 0.1 + 0.7,
];
for (const v of values) console.log(v, String(v), `${v}`, v.toString(), (v as number) + "");
console.log(values);
console.log(Number.EPSILON, Number.MAX_SAFE_INTEGER, Number.MIN_SAFE_INTEGER, Number.MAX_VALUE, Number.MIN_VALUE);
console.log(2 ** 1023 * 2, 2 ** 1024, 2 ** -1075, 2 ** -1074 / 2, 2 ** -1074 * 0.5, 2 ** -1074 * 0.75);
console.log(1e21 / 10, 1e20 * 10, 1e-7 * 10, 1e-6 / 10, 1.2345e-7 * 1e7, 1e300 * 1e10, 1e-300 * 1e-30);
console.log(123456789 * 987654321, 2 ** 53 * 3, (2 ** 53 + 2) / 2, 2 ** 52 + 0.5, 2 ** 51 + 0.5, 2 ** 53 - 0.5);
const sum = [0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1, 0.1].reduce((a, b) => a + b, 0);
console.log(sum, sum === 1, 1 - sum, 0.1 * 10, 3 * 1.1, 1.1 + 2.2, 0.3 - 0.1, 9.95 * 100, 1e16 + 1, 1e16 + 2);
