// parseInt and parseFloat: whitespace, signs, prefixes, radix handling, trailing garbage, exponents, Infinity, numeric separators.
const intInputs = ["42", "  42  ", "\n\t-42abc", "+7", "0x1F", "-0x1f", "0X", "0b101", "0o17", "017", "1e3", "3.99", "-0", ".5", "", " ", "abc", "Infinity", "1_000", "١٢٣", "9007199254740993", "123456789012345678901234567890", "\u00a012", "\ufeff12"];
for (const s of intInputs) console.log(JSON.stringify(s).padEnd(34), parseInt(s), Object.is(parseInt(s), -0) ? "(-0)" : "");

// Radix argument.
const radixCases: [string, number | undefined][] = [
  ["ff", 16], ["FF", 16], ["0xff", 16], ["0xff", 10], ["0xff", 0], ["101", 2], ["102", 2], ["z", 36], ["Z", 36], ["10", 37], ["10", 1],
  ["10", -1], ["10", 4294967312], ["777", 8], ["777", undefined], ["  -11", 2], ["9", 8],
];
for (const [s, r] of radixCases) console.log(`parseInt(${JSON.stringify(s)}, ${r})`.padEnd(30), parseInt(s, r));

// Non-string inputs are converted with ToString first.
console.log(parseInt(0.0000005 as unknown as string), parseInt(1e21 as unknown as string), parseInt(null as unknown as string, 36), parseInt([12, 34] as unknown as string));

const floatInputs = ["3.14", "  3.14abc", "-.5", "+.5e2", "1e", "1e+", "1e-7", "1.2.3", ".", "-", "Infinity", "-Infinityx", "infinity", "0x10", "1_0", "0.1e400", "1e-400", "-0", "", "  \n", "5e-324", "2.5e-324"];
for (const s of floatInputs) {
  const v = parseFloat(s);
  console.log(JSON.stringify(s).padEnd(14), v, Object.is(v, -0) ? "(-0)" : "");
}
console.log(parseFloat([1.5, 2] as unknown as string), parseFloat({ toString: () => "7.5kg" } as unknown as string));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
