// Tests switch: strict-equality matching, fallthrough, default placed first/middle/last, empty cases and case expressions.
function f1(x: unknown): string[] {
  const out: string[] = [];
  switch (x) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
    case 4:
      out.push("four");
      break;
    case "1":
      out.push("string one");
  }
  return out;
}
for (const v of [1, 2, 3, 4, 5, "1", "2", true]) console.log(JSON.stringify(v), f1(v));
function f2(n: number): string {
  switch (n) {
    default:
      return "default-first";
    case 0:
    case -0:
      return "zero";
    case NaN:
      return "nan never matches";
  }
}
console.log(f2(0), f2(-0), f2(NaN), f2(7));
let evals = 0;
function caseVal(v: number): number {
  evals++;
  return v;
}
function f3(n: number): string {
  switch (n) {
    case caseVal(1):
      return "a";
    case caseVal(2):
      return "b";
    case caseVal(3):
      return "c";
  }
  return "none";
}
console.log(f3(2), evals);
evals = 0;
console.log(f3(9), evals);
function f4(s: string): number {
  let score = 0;
  switch (s.length) {
    case 0:
      break;
    case 1:
    case 2:
      score += 1;
    case 3:
      score += 10;
      break;
    default:
      score = -1;
  }
  return score;
}
console.log(["", "a", "ab", "abc", "abcd"].map(f4));
function f5(v: number): string {
  switch (true) {
    case v < 0:
      return "neg";
    case v < 10:
      return "digit";
    default:
      return "big";
  }
}
console.log([-1, 5, 50].map(f5));
const o = { k: 1 };
switch (o as unknown) {
  case { k: 1 }:
    console.log("structural match (wrong)");
    break;
  case o:
    console.log("reference match");
}
switch (3 as number) {
}
console.log("empty switch ok");
