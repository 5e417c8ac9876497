// padStart/padEnd (multi-char and empty fillers, truncation), trim family (Unicode whitespace), repeat (0, fractional, errors).
console.log(JSON.stringify("5".padStart(3, "0")), JSON.stringify("5".padEnd(3, "ab")), JSON.stringify("abc".padStart(10, "123")));
console.log(JSON.stringify("abc".padStart(2)), JSON.stringify("abc".padEnd(6)), JSON.stringify("abc".padStart(6, "")), JSON.stringify("".padEnd(3, "xyz")));
console.log(JSON.stringify("x".padStart(4.9, "-")), JSON.stringify("x".padStart(-1, "-")), JSON.stringify("x".padStart(NaN)));
console.log(JSON.stringify("7".padStart(3, 0 as unknown as string)), JSON.stringify("7".padEnd(5, undefined)));

// Table formatting with pads.
const rows: [string, number][] = [["apples", 3], ["kiwis", 12], ["watermelons", 1234]];
for (const [name, qty] of rows) console.log(`|${name.padEnd(12, ".")}|${String(qty).padStart(6)}|`);

// trim family with assorted whitespace, including NBSP, BOM, line separators and ideographic space.
const ws = " \t\n\v\f\r\u00a0\ufeff\u2028\u2029\u3000\u2003";
const padded = ws + "core text" + ws;
console.log(JSON.stringify(padded.trim()), JSON.stringify(padded.trimStart()).length, JSON.stringify(padded.trimEnd()).length);
console.log(JSON.stringify("\u200bzero-width\u200b".trim()), JSON.stringify("\u0085nel\u0085".trim()), JSON.stringify("\u180emvs".trim()));
console.log(JSON.stringify("   ".trim()), JSON.stringify("".trim()), JSON.stringify("a b".trim()));

// repeat.
console.log(JSON.stringify("ab".repeat(3)), JSON.stringify("ab".repeat(0)), JSON.stringify("ab".repeat(2.9)), JSON.stringify("".repeat(100)));
console.log(JSON.stringify("x".repeat("3" as unknown as number)), JSON.stringify("x".repeat(NaN)));
for (const bad of [-1, Infinity]) {
  try {
    "x".repeat(bad);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
try {
  "abc".repeat(2 ** 30);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// A box drawn with repeat and pads.
const lines = ["tsn", "native TypeScript", "ok"];
const width = Math.max(...lines.map((l) => l.length)) + 2;
console.log("+" + "-".repeat(width) + "+");
for (const l of lines) {
  const left = Math.floor((width - l.length) / 2);
  console.log("|" + " ".repeat(left) + l + " ".repeat(width - l.length - left) + "|");
}
console.log("+" + "-".repeat(width) + "+");
