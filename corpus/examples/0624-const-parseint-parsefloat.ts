// Comptime folding: parseInt/parseFloat on constant strings and numbers (radix handling, prefixes, trailing junk, ToString of numbers first).
const intCases: Array<[any, number | undefined]> = [
  ["  42px", undefined], ["0x1F", undefined], ["0x1F", 16], ["0x1F", 10], ["1F", 16], ["z", 36], ["Z", 36], ["10", 37], ["10", 1], ["10", 0],
  ["-0", undefined], ["0.00000008", undefined], [0.00000008, undefined], [1e21, undefined], ["123", 2.9], ["", 10], ["  -  1", undefined],
  ["9007199254740993", undefined], ["1".repeat(30), undefined], ["-12abc", undefined], ["+7", undefined], ["0b11", undefined], ["0o17", undefined],
  ["017", undefined], ["08", undefined], ["\n\t 99", undefined], ["Infinity", undefined], [null, 36], [undefined, 36], ["ff", -1], ["ff", 4294967312],
  [-0, undefined], ["11", 2], ["12", 2], ["zz", 36.9], ["-0x10", undefined], [true, 36], ["1e3", undefined], ["\u00a012", undefined],
];
console.log(intCases.map(([s, r]) => parseInt(s, r)));
const floatCases: any[] = [
  "3.14abc", ".5.", "-.5e-3x", "Infinityx", "-Infinity", "+Infinity", "1e", "1e+", "1e+5x", "0x10", "  \n 7", "", "-", ".", "-0", "1.7976931348623159e308",
  "5e-325", "1_0", "12,5", "0.1e-0", 1e21, -0, [2.5], "  .1e1  ", "inf", "NaN", "00.5", "1.2e1.5",
];
console.log(floatCases.map((s) => parseFloat(s)));
console.log(Number.parseInt === parseInt, Number.parseFloat === parseFloat, parseInt("12", 10) + parseFloat("0.5"), parseInt(String(2 ** 53 + 2)));
const safeParse = (s: string) => {
  const n = parseInt(s, 10);
  return Number.isNaN(n) ? "invalid" : n;
};
console.log(["1", "x1", "1x", "", "-", "  3  "].map(safeParse));
console.log(parseFloat("1" + "e" + "2"), parseInt("10" + "1", 2), parseFloat((0.1).toFixed(20)), parseInt((255).toString(16), 16), parseFloat(String(1 / 3)) === 1 / 3);
