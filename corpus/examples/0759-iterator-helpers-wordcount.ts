// A small text-processing job written with iterator helpers: tokenising, counting and ranking words.
const text = `It was the best of times, it was the worst of times, it was the age of wisdom,
it was the age of foolishness, it was the epoch of belief, it was the epoch of incredulity,
it was the season of Light, it was the season of Darkness, it was the spring of hope`;
const tokens = () => text.split("\n").values()
  .flatMap((line) => line.split(" "))
  .map((w) => (w.endsWith(",") ? w.slice(0, -1) : w))
  .filter((w) => w.length > 0)
  .map((w) => w.toLowerCase());
const counts = tokens().reduce((m, w) => m.set(w, (m.get(w) ?? 0) + 1), new Map<string, number>());
const ranked = [...counts.entries()].sort((a, b) => b[1] - a[1] || (a[0] < b[0] ? -1 : 1));
console.log(ranked.values().take(6).map(([w, c]) => `${w.padEnd(8)} ${"#".repeat(c)} ${c}`).toArray().join("\n"));
console.log("words:", tokens().reduce((n) => n + 1, 0), "distinct:", counts.size);
console.log("longest:", tokens().reduce((best, w) => (w.length > best.length ? w : best), ""));
console.log("first with 'ss':", tokens().find((w) => w.includes("ss")));
console.log("any numbers:", tokens().some((w) => w.split("").some((c) => c >= "0" && c <= "9")), "all lowercase:", tokens().every((w) => w === w.toLowerCase()));
const lengths = tokens().map((w) => w.length).reduce((acc, n) => { acc[n] = (acc[n] ?? 0) + 1; return acc; }, [] as number[]);
console.log(lengths.entries().filter(([, c]) => c !== undefined).map(([len, c]) => `${len}:${c}`).toArray().join(" "));
