// ToNumber via Number() and unary +: string grammar (whitespace, prefixes, exponents, separators), booleans, null, arrays, objects.
const inputs: unknown[] = [
  "", " ", "\t\n\r\v\f\u00a0\ufeff\u2028", "42", " 42 ", "4 2", "+42", "-42", "--42", "0x1F", "0X1f", "-0x1F", "0b1010", "0o777", "0777",
  "1e3", "1E-3", ".5", "5.", ".", "+.e1", "1_000", "Infinity", "-Infinity", "+Infinity", "infinity", "NaN", "0.1e-400", "1e400",
  "00012", "0x", "12px", "1,000", "٣", "1n", true, false, null, undefined, [], [7], [1, 2], ["  9 "], [[3]], {}, { valueOf: () => "8" },
  -0, "-0", "0.0000001", "123456789012345678901234567890",
];
for (const v of inputs) {
  const n = Number(v);
  const label = typeof v === "string" ? JSON.stringify(v) : Array.isArray(v) ? `[${String(v)}]` : String(v);
  console.log(label.padEnd(30), n, Object.is(n, -0) ? "(-0)" : "", Object.is(n, +(v as number)) ? "" : "MISMATCH");
}

// Numeric separators are only valid in literals, not in strings.
console.log(1_000_000, 0xff_ff, 0b1010_1010, 1e1_0, 1_0.5_5, Number("1_0"));

// Number() on values that throw.
const throwing = {
  valueOf() {
    throw new Error("valueOf exploded");
  },
};
try {
  Number(throwing);
} catch (e) {
  console.log((e as Error).message);
}

// Implicit conversion in arithmetic and comparison.
console.log(("3" as unknown as number) * ("4" as unknown as number), ("10" as unknown as number) / 4, ("7" as unknown as number) - ("x" as unknown as number), +"", +" \n ", -"5", +[], +{}, +[[]], +[[1]]);
