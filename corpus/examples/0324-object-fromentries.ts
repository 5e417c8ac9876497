// Object.fromEntries: from arrays, Maps, duplicate keys (last wins), key coercion, invalid entries and their errors.
console.log(Object.fromEntries([["a", 1], ["b", 2], ["a", 3]]));
const m = new Map<unknown, unknown>([[1, "one"], [true, "yes"], [null, "nil"], ["x", { nested: [1, 2] }]]);
console.log(Object.fromEntries(m as Map<PropertyKey, unknown>));

// Integer-like keys get reordered.
console.log(Object.fromEntries([["z", 0], ["3", 3], ["1", 1], ["y", 0]]));

// Entries with extra or missing items.
console.log(Object.fromEntries([["k", "v", "ignored"], ["only"], []] as unknown as [string, unknown][]));

// An array-like object works as an entry; a string does not (entries must be objects).
console.log(Object.fromEntries([{ 0: "k", 1: "from object", length: 2 }] as unknown as [string, string][]));

// Errors.
for (const bad of [[1], [null], ["ab"], 5, null]) {
  try {
    Object.fromEntries(bad as unknown as [string, unknown][]);
    console.log("no error for", bad);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// Build a frequency table then invert it.
const words = "the cat and the hat and the bat".split(" ");
const freq: Record<string, number> = {};
for (const w of words) freq[w] = (freq[w] ?? 0) + 1;
console.log(freq);
const byCount = Object.fromEntries(Object.entries(freq).map(([k, v]) => [v, k]));
console.log(byCount);

// Filtering an object.
const filtered = Object.fromEntries(Object.entries(freq).filter(([, v]) => v > 1));
console.log(filtered, Object.keys(filtered).length);
