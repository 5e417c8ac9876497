// Comptime folding: the same pure helpers called with constant arguments (foldable) and with run-time argv values must agree exactly.
// parity-args: ["7", "abc", "-0", "1e3", "0x1F", "2.5", "-Infinity", "0b11", ".5e1"]
const square = (x: number) => x * x;
const classify = (x: number) => (Number.isNaN(x) ? "nan" : Object.is(x, -0) ? "-0" : Number.isInteger(x) ? "int" : "frac");
const describe = (s: string) => `${s.length}:${s.toUpperCase()}:${s.trim() === s}`;
const args = process.argv.slice(2);
const consts = ["7", "abc", "-0", "1e3", "0x1F", "2.5", "-Infinity", "0b11", ".5e1"];
console.log(args.length, consts.length, args.join("|") === consts.join("|"));
for (let i = 0; i < consts.length; i++) {
  const c = consts[i];
  const r = args[i] ?? "";
  const fromConst = [Number(c), square(Number(c)), classify(Number(c)), parseInt(c), parseFloat(c), describe(c), Number(c) | 0, c + 1, +c + 1];
  const fromArgv = [Number(r), square(Number(r)), classify(Number(r)), parseInt(r), parseFloat(r), describe(r), Number(r) | 0, r + 1, +r + 1];
  const same = fromConst.every((v, k) => Object.is(v, fromArgv[k]));
  console.log(JSON.stringify(c).padEnd(7), same ? "same" : "DIFF", fromConst);
}
const SEVEN = square(7);
const dynamicSeven = square(Number(args[0]));
console.log(SEVEN, dynamicSeven, SEVEN === dynamicSeven, typeof args[0], args[2] === "-0", 1 / Number(args[2]));
const env = process.env.TSN_CORPUS_UNSET;
console.log(env === undefined, env ?? "unset", typeof process.env.PATH);
