// slice vs substring vs substr vs charAt/at/[]: negative indices, swapped arguments, NaN, out of range, fractional indices.
const s = "Hello, World";
const args: [number | undefined, number | undefined][] = [
  [0, 5],
  [7, undefined],
  [-5, undefined],
  [-5, -1],
  [5, 0],
  [-100, 3],
  [3, 100],
  [NaN, 4],
  [2.9, 5.9],
  [undefined, undefined],
  [12, 13],
  [-3, 2],
];
console.log("args".padEnd(20), "slice".padEnd(16), "substring".padEnd(16), "substr");
for (const [a, b] of args) {
  const label = `(${a}, ${b})`;
  console.log(label.padEnd(20), JSON.stringify(s.slice(a, b)).padEnd(16), JSON.stringify(s.substring(a as number, b)).padEnd(16), JSON.stringify(s.substr(a as number, b)));
}

// Single characters.
console.log(s.charAt(0), JSON.stringify(s.charAt(99)), JSON.stringify(s.charAt(-1)), s[1], s[99], s.at(-1), s.at(99));
console.log(s.charAt(1.9), s.charAt(NaN), s.charAt("3" as unknown as number));
console.log(s.charCodeAt(0), s.charCodeAt(99), s.codePointAt(0), s.codePointAt(99));

// Strings are immutable: index assignment throws in strict mode.
try {
  (s as unknown as string[])[0] = "J";
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
console.log(s, s.length);

// Slicing through a surrogate pair produces lone surrogates.
const emoji = "a😀b";
console.log(JSON.stringify(emoji.slice(0, 2)), JSON.stringify(emoji.slice(2)), emoji.slice(1, 3) === "😀");

// Extracting extension and base name.
for (const f of ["report.final.pdf", "archive.tar.gz", "README", ".bashrc", "noext."]) {
  const dot = f.lastIndexOf(".");
  const base = dot > 0 ? f.slice(0, dot) : f;
  const ext = dot > 0 ? f.slice(dot + 1) : "";
  console.log(JSON.stringify(f), JSON.stringify(base), JSON.stringify(ext));
}
