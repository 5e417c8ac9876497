// Tests if / else if / else chains, dangling else binding, single-statement bodies and conditions with side effects.
function classify(n: number): string {
  if (Number.isNaN(n)) return "nan";
  else if (n < 0) return "negative";
  else if (n === 0) {
    if (Object.is(n, -0)) return "negative zero";
    else return "zero";
  } else if (n < 10) return "small";
  else if (n < 100) return "medium";
  else return "large";
}
console.log([-5, -0, 0, 3, 42, 1000, NaN, Infinity].map(classify));
function dangling(a: boolean, b: boolean): string {
  let r = "none";
  if (a)
    if (b) r = "a and b";
    else r = "a not b";
  return r;
}
console.log(dangling(true, true), dangling(true, false), dangling(false, true), dangling(false, false));
let calls = 0;
function check(v: boolean): boolean {
  calls++;
  return v;
}
if (check(false) && check(true)) console.log("unreachable");
else if (check(true) || check(false)) console.log("second branch, calls:", calls);
const inputs: unknown[] = [0, "", "0", [], null, {}, "false"];
for (const v of inputs) {
  if (v) console.log(JSON.stringify(v), "truthy");
  else console.log(JSON.stringify(v), "falsy");
}
function fizz(n: number): string {
  let out = "";
  if (n % 3 === 0) out += "Fizz";
  if (n % 5 === 0) out += "Buzz";
  if (!out) out = String(n);
  return out;
}
const seq: string[] = [];
for (let i = 1; i <= 30; i++) seq.push(fizz(i));
console.log(seq.join(" "));
let assigned: number | undefined;
if ((assigned = 5) > 3) console.log("assignment in condition", assigned);
