// join and toString: default separator, null/undefined as empty, nested arrays, separators coerced, cycles, custom toString elements.
console.log([1, 2, 3].join(), [1, 2, 3].join(""), [1, 2, 3].join(" - "), [1, 2, 3].join(undefined));
console.log([null, undefined, 1, null].join(","), [null].join(), [undefined].join(), [, ,].join());
console.log([[1, 2], [3, [4, 5]], []].join(";"), String([[1, 2], [3]]));
console.log([1, 2].join(null as unknown as string), [1, 2].join(0 as unknown as string), [1, 2].join({} as unknown as string));
console.log([true, false, NaN, -0, 0, Infinity, 1e21, 1e-7, 0.1 + 0.2].join(" "));
console.log([{}, { toString: () => "custom" }, () => 1, "str"].join(" | "));
console.log(([] as string[]).join(), [""].join(), ["", ""].join(), ["a"].join("XYZ"));

// Cyclic arrays: the inner self-reference becomes an empty string.
const cyclic: unknown[] = [1, 2];
cyclic.push(cyclic);
cyclic.push(3);
console.log(cyclic.join("-"), String(cyclic));
const a: unknown[] = ["a"];
const b: unknown[] = ["b", a];
a.push(b);
console.log(a.join(), b.join());

// toString on array-likes and generic objects.
console.log(Array.prototype.join.call({ length: 3, 0: "x", 2: "z" }, "+"));
console.log(Array.prototype.toString.call({ join: () => "joined!" }), Array.prototype.toString.call({}));

// Template literals and concatenation call toString.
const arr = [1, [2, 3]];
console.log(`arr=${arr}`, "arr=" + arr, `empty=${[]}.`);

// Building CSV lines.
const rows = [
  ["name", "qty", "note"],
  ["apple", 3, null],
  ["pear", 0, "ripe, sweet"],
];
console.log(rows.map((r) => r.map((c) => (typeof c === "string" && c.includes(",") ? `"${c}"` : c)).join(",")).join("\n"));

// Long join of numbers.
console.log(Array.from({ length: 30 }, (_, i) => i * 3).join(","));
