// Comptime folding: JSON.stringify/JSON.parse of constant values (indent, replacer array/function, special numbers, escapes, reviver).
const data = {
  name: "tsn",
  version: [1, 2, 3],
  flags: { strict: true, fold: false, none: null, missing: undefined },
  numbers: [0, -0, 1e21, 1e-7, NaN, Infinity, -Infinity, 0.1 + 0.2],
  text: 'quote " backslash \\ newline \n tab \t ctrl \u0001 sep \u2028 lone \ud800 pair \ud83d\ude00',
  list: [undefined, () => 1, null, "x"],
  nested: { a: { b: { c: [{}, []] } } },
};
console.log(JSON.stringify(data));
console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, ["name", "flags", "strict", "nested", "a"], "\t"));
console.log(JSON.stringify(data, (key, value) => (typeof value === "number" ? Math.round(value) : key === "text" ? value.length : value)));
console.log(JSON.stringify(data.version, null, 20) === JSON.stringify(data.version, null, 10), JSON.stringify([[]], null, "ab"), JSON.stringify({}, null, 2), JSON.stringify([], null, 2));
console.log(JSON.stringify(undefined), JSON.stringify(() => 1), JSON.stringify(null), JSON.stringify("s"), JSON.stringify(true), JSON.stringify([undefined]), JSON.stringify({ u: undefined }));
console.log(JSON.stringify(new Map([[1, 2]])), JSON.stringify(new Set([1])), JSON.stringify(Object.create(null)), JSON.stringify([new Number(3), new String("s"), new Boolean(false)]));
const text = '{"a": [1, 2.5e3, -0, true, null, "\\u0041\\n"], "b": {"c": "d"}, "a2": 1e1000, "__proto__": 5}';
const parsed = JSON.parse(text);
console.log(parsed, Object.is(parsed.a[2], -0), Object.keys(parsed));
console.log(JSON.parse(text, (k, v) => (typeof v === "number" ? v * 2 : k === "c" ? undefined : v)));
console.log(JSON.parse(" [1, 2] "), JSON.parse('"\\ud83d\\ude00"'), JSON.parse("0"), JSON.parse("-0"), JSON.parse("1E2"), JSON.parse("null"), JSON.parse('{"x":1,"x":2}'));
for (const bad of ["{bad", "[1,]", "", "01", "'s'", '{"a":1}x', "NaN", '"\t"', "[1, 2"]) {
  try {
    console.log("parsed", JSON.parse(bad));
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
