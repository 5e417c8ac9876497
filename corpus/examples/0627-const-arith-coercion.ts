// Comptime folding: binary + - * / % ** with mixed-type constants (string concatenation vs numeric ToNumber/ToPrimitive).
const v: any[] = ["1", "3", "", " 12 ", "0x10", "a", null, undefined, true, false, [], [2], [1, 2], {}, -0, NaN];
const labels = ['"1"', '"3"', '""', '" 12 "', '"0x10"', '"a"', "null", "undef", "true", "false", "[]", "[2]", "[1,2]", "{}", "-0", "NaN"];
for (const op of ["+", "-", "*", "/", "%", "**"]) {
  const row = v.map((a) => {
    const b = 2;
    switch (op) {
      case "+": return a + b;
      case "-": return a - b;
      case "*": return a * b;
      case "/": return a / b;
      case "%": return a % b;
      default: return a ** b;
    }
  });
  console.log(op.padEnd(2), row.map((r, i) => `${labels[i]}${op}2=${typeof r === "string" ? JSON.stringify(r) : Object.is(r, -0) ? "-0" : r}`).join(" "));
}
const one: any = "1";
const t: any = true;
const nul: any = null;
const und: any = undefined;
const arr: any = [1];
console.log(one + 2 + 3, 1 + 2 + one, t + t, t + one, nul + 1, und + 1, nul + "x", arr + [2], [1, 2] + (arr as any), one - -one);
const s: any[] = ["3", "4", "1", "a", "5", "2", "10", [2], [3], ""];
console.log(s[0] * s[1], s[0] - s[2], s[3] * 1, s[4] / s[5], s[6] % s[0], s[5] ** s[0], s[7] * s[8], nul * 5, t / 2, s[9] - 1);
console.log(1 - -1, - -1, +-+1, 1 + +"2", "3" + +"4", 5 - +"", typeof ("1" + 1), typeof (("1" as any) - 1));
