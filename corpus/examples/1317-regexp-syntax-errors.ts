// Invalid patterns given to the constructor throw V8's SyntaxError messages at run time.
const patterns: Array<[string, string]> = [
  ["(", ""], [")", ""], ["a**", ""], ["[b-a]", ""], ["\\", ""], ["a{2,1}", ""], ["{", "u"], ["(?<a>x)(?<a>y)", ""],
  ["\\k<b>(?<a>x)", ""], ["\\u{110000}", "u"], ["[", ""], ["(?<1a>x)", ""], ["\\2(a)", "u"], ["x{1}{1}", ""],
  ["(?=a)*", "u"], ["(?<=a)*", ""], ["\\c", "u"], ["\\k", "u"], ["[\\d-a]", "u"], ["(?ii:a)", ""], ["(?", ""],
  ["a", "gg"], ["a", "x"], ["\\-", "u"], ["(?-:a)", ""], ["(?--i:a)", ""], ["a{1", "u"], ["\\00", "u"], ["}", "u"],
  ["\\x4", "u"], ["(?<a>.)\\k<a", ""], ["((?<a>.)|(?<a>.))(?<a>.)", ""],
];
for (const [p, f] of patterns) {
  try {
    new RegExp(p, f);
    console.log("ok", p);
  } catch (e) {
    console.log((e as Error).name, (e as Error).message);
  }
}
