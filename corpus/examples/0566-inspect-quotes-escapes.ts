// util.inspect quote choice: single by default, double if the string has single quotes, backtick if both, escaping when all three.
const strs = [
  "plain",
  "it's",
  'say "hi"',
  `it's "both"`,
  `all ' " \` three`,
  "back`tick",
  "'",
  '"',
  "`",
  "",
  "\\",
  "tab\t newline\n",
  "unicode é ü 😀",
  "\u00a0nbsp",
  "\u200bzero width",
  "\x7f\x80\x9f",
  "\u2028",
];
console.log(strs);
for (const s of strs) console.log([s], { [s]: 1 });

// Map keys, Set values and nested arrays use the same rules.
console.log(new Map([["it's", 'say "hi"']]), new Set([`it's "both"`]));

// Keys: identifiers unquoted, others quoted with the same quote choice.
console.log({ "it's": 1, 'say "hi"': 2, "a-b": 3, a_b: 4, "0": 5, "01": 6, "1e3": 7, "π": 8, "ünïcode": 9, "has space": 10, "": 11 });

// Top-level strings are printed raw; the same strings inside %o are quoted.
console.log("it's", 'say "hi"');
console.log("%o %O", "it's", `both ' "`);
console.log("%j", "it's \"json\"");
