// Comptime folding: Number::toString (shortest round-trip digits) of constants via String(), concatenation, templates and toString().
const nums = [
  0, 1, -1, 10, 100, 1e2, 0.1, 0.2 + 0.1, 1 / 3, 123.456, -123.456, 1e21, 1e-7, 1.2e-7, 123456789.123456789,
  5e-324, 1.7976931348623157e308, 2 ** 53, -1e-7, 0.000001, 1234567890123456789, 25e20, 1.5e300, 4.9406564584124654e-324,
  0.1 * 0.1, 1.1 * 1.1, 100 * 1.1, 3 * 0.1, 0.07 * 100, 1 - 0.9, 123e45, 1e+100, 2 ** -20, 1 / 7, 22 / 7,
];
const table = nums.map((n) => [String(n), n + "", `${n}`, n.toString(), n.toString(10)]);
for (const row of table) console.log(row[0].padEnd(26), row.every((c) => c === row[0]) ? "consistent" : "MISMATCH " + row.join("|"));
console.log(nums);
console.log(String(0.000001), String(0.0000001), String(0.00000012345), String(1e20), String(1e21), String(12345678901234567e4));
console.log(String(-0), String(NaN), String(-Infinity), [0.5, -0.5, 0.05].map(String), [1e21, 1e-7].map((x) => x.toString()));
const digits = (n: number) => String(n).split("").filter((c) => c >= "0" && c <= "9").length;
console.log(nums.map(digits).join(","));
const roundTrip = nums.every((n) => Number(String(n)) === n || (n !== n && String(n) === "NaN"));
console.log("round-trip:", roundTrip);
