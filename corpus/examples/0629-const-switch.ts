// Comptime folding: switch over constant discriminants — strict matching, fallthrough, default in the middle, -0/NaN, switch(true).
function classify(x: unknown): string {
  switch (x) {
    case 0: return "zero";
    case "0": return "string zero";
    case 1:
    case 2:
      return "one or two";
    case null: return "null";
    case undefined: return "undefined";
    case true: return "true";
    default: return "other:" + String(x);
    case "late": return "late case after default";
    case NaN: return "unreachable NaN";
  }
}
console.log([0, -0, "0", 1, 2, "1", null, undefined, true, "true", "late", NaN, []].map(classify));
function fallthrough(n: number): string[] {
  const out: string[] = [];
  switch (n) {
    case 1:
      out.push("one");
    case 2:
      out.push("two");
      break;
    default:
      out.push("default");
    case 3:
      out.push("three");
    case 4: {
      out.push("four");
      break;
    }
  }
  return out;
}
console.log([1, 2, 3, 4, 5].map(fallthrough));
const grade = (score: number) => {
  switch (true) {
    case score >= 90: return "A";
    case score >= 80: return "B";
    case score >= 70: return "C";
    case Number.isNaN(score): return "?";
    default: return "F";
  }
};
console.log([95, 90, 89.99, 70, 12, NaN, Infinity, -Infinity].map(grade).join(""));
let evaluated: string[] = [];
const probe = (label: string, v: number) => {
  evaluated.push(label);
  return v;
};
switch (probe("disc", 3)) {
  case probe("c1", 1): evaluated.push("body1"); break;
  case probe("c2", 3): evaluated.push("body2");
  case probe("c3", 3): evaluated.push("body3"); break;
  case probe("c4", 4): evaluated.push("body4");
}
console.log(evaluated.join(" "));
evaluated = [];
switch (probe("disc", 9)) {
  case probe("a", 1): evaluated.push("A");
  default: evaluated.push("D");
  case probe("b", 2): evaluated.push("B");
}
console.log(evaluated.join(" "));
const weekday = (d: number) => { switch (d % 7) { case 0: case 6: return "weekend"; case 1: return "monday"; default: return "weekday"; } };
console.log([0, 1, 2, 6, 7, 13, -1].map(weekday));
