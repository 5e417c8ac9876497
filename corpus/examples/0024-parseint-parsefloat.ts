// Tests parseInt (radix 2..36, prefixes, stopping at bad digits, radix 0/1/37) and parseFloat prefixes and exponents.
const intCases: Array<[string, number | undefined]> = [
  ["42", undefined], ["  42abc", undefined], ["-42", undefined], ["+7", undefined], ["0x1A", undefined],
  ["0x1A", 16], ["0x1A", 10], ["1A", 16], ["z", 36], ["Z9", 36], ["101", 2], ["102", 2], ["777", 8],
  ["8", 8], ["12", 0], ["12", 1], ["12", 37], ["12", 3.9], ["", undefined], ["-", undefined],
  ["0b11", undefined], ["0o7", undefined], ["1e3", undefined], ["3.99", undefined], ["-0", undefined],
  ["  \n 9", undefined], ["123456789012345678901234567890", undefined], ["ffffffffffffffffff", 16],
  ["Infinity", undefined], ["-0x10", undefined], ["0x", undefined], ["9", -1], ["11", 4294967298],
];
for (const [s, r] of intCases) {
  const v = r === undefined ? parseInt(s) : parseInt(s, r);
  console.log(`parseInt(${JSON.stringify(s)}, ${r})`, v, Object.is(v, -0) ? "neg-zero" : "");
}
const floatCases = [
  "3.14", "  3.14xyz", "-.5", ".5.5", "1e3", "1e", "1e+", "-1.5E-3x", "Infinity", "-Infinityx", "infinity",
  "0x10", "", "abc", "1_000", "  -0", "+.0", "1.7976931348623159e308", "4.9e-325", "00012.5000",
  "123456789012345678901234567890", "0.1e-5", ".", "-.e1",
];
for (const s of floatCases) {
  const v = parseFloat(s);
  console.log(`parseFloat(${JSON.stringify(s)})`, v, Object.is(v, -0) ? "neg-zero" : "");
}
const weird: any[] = [null, undefined, 15.99, -15.99, 1e21, 0.0000005, [7, 8], true];
console.log(weird.map((w) => parseInt(w)), weird.map((w) => parseFloat(w)));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat);
console.log(["1", "2", "3"].map((s) => parseInt(s)), ["10", "10", "10", "10"].map((s, i) => parseInt(s, i)));
