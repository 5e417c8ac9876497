// Map basics: insertion order, keys of any type, set returns the map, overwriting keeps position, delete+re-add moves to end, size.
const m = new Map<unknown, string>();
console.log(m.set("b", "string b") === m, m.size);
m.set(1, "number 1").set("1", "string 1").set(true, "bool").set(null, "null").set(undefined, "undefined");
const objKey = { id: 1 };
const fnKey = () => 0;
m.set(objKey, "object").set(fnKey, "function").set(NaN, "nan");
console.log(m.size, m.get(1), m.get("1"), m.get(objKey), m.get({ id: 1 }), m.get(NaN), m.get(undefined), m.get("missing"));
console.log([...m.keys()]);

// Overwrite keeps the original position.
m.set("b", "string b v2");
console.log([...m.keys()].slice(0, 3), m.get("b"));

// Delete + re-add moves to the end.
console.log(m.delete("b"), m.delete("b"), m.has("b"));
m.set("b", "again");
console.log([...m.entries()].map(([k, v]) => `${String(k)}=${v}`).join(", "));

// Constructor from entries, from another map, and errors for bad entries.
const copy = new Map(m);
copy.clear();
console.log(copy.size, m.size);
const fromPairs = new Map([["x", 1], ["y", 2], ["x", 3]]);
console.log(fromPairs, fromPairs.size);
for (const bad of [[1, 2], "ab", 5]) {
  try {
    new Map(bad as unknown as [unknown, unknown][]);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// forEach receives (value, key, map).
const out: string[] = [];
fromPairs.forEach((v, k, map) => out.push(`${k}:${v}:${map === fromPairs}`));
console.log(out);

// Counting with a Map (word frequencies in first-seen order).
const text = "one two three two three three four one";
const freq = new Map<string, number>();
for (const w of text.split(" ")) freq.set(w, (freq.get(w) ?? 0) + 1);
console.log(freq);
console.log([...freq].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1)));
console.log(Object.fromEntries(freq), new Map(Object.entries({ a: 1, b: 2 })));

// Maps are not serialized by JSON.stringify.
console.log(JSON.stringify(freq), JSON.stringify([...freq]));
