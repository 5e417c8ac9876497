// Tests the == and != operators (IsLooselyEqual) across a table of mixed-type values.
const objA = { valueOf(): number { return 1; } };
const objB = { toString(): string { return "x"; } };
const arr1 = [1];
const values: any[] = [undefined, null, true, false, 0, -0, 1, NaN, "", "0", "1", " 1 ", "x", "true", [], arr1, [0], objA, objB, Infinity, "Infinity"];
const names = ["undef", "null", "true", "false", "0", "-0", "1", "NaN", '""', '"0"', '"1"', '" 1 "', '"x"', '"true"', "[]", "[1]", "[0]", "objA", "objB", "Inf", '"Inf"'];
console.log("".padEnd(7) + names.map((n) => n.slice(0, 3).padStart(4)).join(""));
for (let i = 0; i < values.length; i++) {
  let row = names[i].padEnd(7);
  for (let j = 0; j < values.length; j++) {
    row += (values[i] == values[j] ? "T" : ".").padStart(4);
  }
  console.log(row);
}
let count = 0;
for (const a of values) for (const b of values) if (a != b) count++;
console.log("unequal pairs:", count);
const nil: any = null;
const empty: any = [];
const str: any = "";
console.log(nil == undefined, nil == 0, undefined == nil + 0, nil == false, str == 0, ("\n" as any) == 0);
console.log(empty == !empty, empty == "", ([1, 2] as any) == "1,2", ([[]] as any) == 0, ([null] as any) == "", ([undefined] as any) == 0);
const nan: any = NaN;
const otherOne: any = [1];
console.log(nan != nan, arr1 == arr1, otherOne == arr1, ("1e3" as any) == 1000, ("0x10" as any) == 16, ("0b11" as any) == 3);
