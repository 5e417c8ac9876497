// Comptime folding: abstract (==) vs strict (===) equality on mixed-type constants (IsLooselyEqual, ToPrimitive, null/undefined).
const vals: any[] = [null, undefined, 0, -0, "", "0", " \t\n 0 ", "1", "2", false, true, NaN, [], [0], [1], [1, 2], "1,2", {}, "[object Object]", "0x10", 16, "1e1", 10];
const names = ["null", "undef", "0", "-0", "''", "'0'", "'ws0'", "'1'", "'2'", "false", "true", "NaN", "[]", "[0]", "[1]", "[1,2]", "'1,2'", "{}", "'[oo]'", "'0x10'", "16", "'1e1'", "10"];
const pairs: string[] = [];
for (let i = 0; i < vals.length; i++)
  for (let j = i + 1; j < vals.length; j++) if (vals[i] == vals[j]) pairs.push(`${names[i]}==${names[j]}${vals[i] === vals[j] ? " (===)" : ""}`);
console.log(pairs.length);
console.log(pairs);
const a: any = null;
const b: any = undefined;
const z: any = 0;
const e: any = "";
console.log(a == b, a === b, a == z, b == z, a == false, e == z, e == false, a == e);
const obj = { k: 1 };
const same: any = obj;
const lookalike: any = { k: 1 };
const arrA: any = [];
const arrB: any = [];
const nan: any = NaN;
console.log(obj == same, obj === same, lookalike == obj, arrA == arrB, arrA == arrA, nan == nan, nan != nan);
const s: any = "2";
const t: any = true;
const two: any = 2;
const nested: any[] = [[2], [[2]], [[]], [null], [undefined], [[1, [2]]]];
console.log(s == t, "1" == t, nested.map((x) => [x == two, x == 0, x == ""]), nested[5] == "1,2");
console.log(vals.map((v) => v == 0).join(""), vals.map((v) => v == "").join(""), vals.map((v) => v == null).join(""));
console.log(vals.map((v) => vals.indexOf(v)).join(","), vals.map((v) => vals.includes(v)).every(Boolean));
