// JSON.stringify replacer (function and allow-list array) and space argument (numbers clamped to 10, strings cut to 10 chars).
const data = { name: "tsn", version: 3, tags: ["a", "b"], nested: { secret: "x", keep: [1, { deep: true }] }, empty: {}, none: [] };

console.log(JSON.stringify(data, null, 2));
console.log(JSON.stringify(data, null, "\t"));
console.log(JSON.stringify([1, [2, []], {}], null, 1));
console.log(JSON.stringify(data.nested, null, 20) === JSON.stringify(data.nested, null, 10));
console.log(JSON.stringify({ a: [1] }, null, "--->"));
console.log(JSON.stringify({ a: [1] }, null, "abcdefghijklmnop"));
console.log(JSON.stringify({ a: 1 }, null, 0), JSON.stringify({ a: 1 }, null, -5), JSON.stringify({ a: 1 }, null, ""), JSON.stringify({ a: 1 }, null, 3.9));

// Replacer function: called with the holder as this, root key "", can drop (undefined) or transform values.
const trace: string[] = [];
const out = JSON.stringify(data, function (this: unknown, key, value) {
  trace.push(`${JSON.stringify(key)}:${Array.isArray(value) ? "array" : typeof value}`);
  if (key === "secret") return undefined;
  if (typeof value === "number") return value * 100;
  if (key === "tags") return value.join("+");
  return value;
});
console.log(out);
console.log(trace.join(" "));

// Replacer sees values after toJSON.
const withToJSON = { when: { toJSON: () => "converted" }, n: 1 };
console.log(JSON.stringify(withToJSON, (k, v) => (k === "when" ? `[${typeof v}:${v}]` : v)));

// Allow-list array: only listed keys (at every level), in list order; numbers in the list become strings; duplicates ignored.
console.log(JSON.stringify(data, ["version", "name", "nested", "keep", "name"]));
console.log(JSON.stringify({ 1: "one", 2: "two", x: "x" }, [2 as unknown as string, "x"]));
console.log(JSON.stringify([{ a: 1, b: 2 }, { a: 3, c: 4 }], ["a"], 2));

// Replacer returning undefined for the root.
console.log(JSON.stringify(data, () => undefined));
// Indentation with Maps converted by a replacer.
const withMap = { m: new Map<string, number>([["x", 1], ["y", 2]]) };
console.log(JSON.stringify(withMap, (_k, v) => (v instanceof Map ? Object.fromEntries(v) : v), 4));
