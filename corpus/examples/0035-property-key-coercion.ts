// Tests ToPropertyKey: numbers, -0, floats, exponents, null/undefined/booleans/arrays/objects used as property keys.
const o: Record<string, string> = {};
const keys: any[] = [1, "1", 1.5, -0, 0, 1e21, 1e-7, 0.1 + 0.2, NaN, Infinity, null, undefined, true, [1, 2], [], { x: 1 }, "01", -1, 2 ** 32, 4294967294];
keys.forEach((k, i) => {
  o[k] = `v${i}`;
});
console.log(Object.keys(o));
console.log(o);
console.log(o["1"], o[1.5], o["0"], o[0], o["-0"], o["NaN"], o["null"], o["1,2"], o[""], o["[object Object]"]);
const arr: any = ["a", "b", "c"];
console.log(arr["1"], arr[1.0], arr["01"], arr["1.0"], arr[-0], arr["-0"], arr[3 - 1], arr[" 2"]);
arr["2"] = "C";
arr[4294967294] = "not an index";
arr["5"] = "F";
console.log(arr.length, arr, Object.keys(arr));
const counter: Record<string, number> = {};
for (const k of [1, "1", 1.0, true, "true", null, "null", 2, 2.5] as any[]) {
  counter[k] = (counter[k] ?? 0) + 1;
}
console.log(counter);
const m = new Map<any, string>([[1, "num"], ["1", "str"]]);
console.log(m.get(1), m.get("1"), m.size);
const str = "hello";
console.log(str[0], str["1"], str[-1], str[10], (str as any)["length"], str.at(-1));
