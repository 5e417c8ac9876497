// Surrogate pairs: length in code units, codePointAt vs charCodeAt, for-of by code points, spread, Array.from, reversing safely.
const s = "a😀b𝄞c🇫🇷";
console.log(s.length, [...s].length, Array.from(s).length);
for (let i = 0; i < s.length; i++) {
  console.log(i, s.charCodeAt(i).toString(16), s.codePointAt(i)!.toString(16));
}
const cps: string[] = [];
for (const ch of s) cps.push(ch.codePointAt(0)!.toString(16).toUpperCase().padStart(4, "0"));
console.log(cps.join(" "));

// Counting and reversing.
const reversedUnits = s.split("").reverse().join("");
const reversedPoints = [...s].reverse().join("");
console.log(reversedPoints, reversedUnits === reversedPoints, JSON.stringify(reversedUnits.slice(0, 4)));

// Surrogate pair arithmetic.
const cp = 0x1f600;
const hi = Math.floor((cp - 0x10000) / 0x400) + 0xd800;
const lo = ((cp - 0x10000) % 0x400) + 0xdc00;
console.log(hi.toString(16), lo.toString(16), String.fromCharCode(hi, lo) === "😀", "😀".charCodeAt(0) === hi);

// Astral characters in string methods.
console.log("😀".length, "😀".at(0) === "\ud83d", "😀x".indexOf("x"), "x😀".padEnd(5, "😀"), "😀".repeat(3).length);
console.log("𝒜𝒝".toUpperCase(), "😀".toUpperCase() === "😀", "😀" < "\uffff", "😀" > "\ud7ff");

// Printing strings containing emoji and combining marks.
const combos = ["e\u0301", "é", "👩‍💻", "🇫🇷"];
console.log(combos, combos.map((c) => c.length), combos.map((c) => [...c].length));
console.log(combos.join("|"));
console.log({ emoji: "😀", flag: "🇫🇷", family: "👨‍👩‍👧" });

// Truncating by code points vs code units.
const msg = "👍 great 👍👍";
console.log(JSON.stringify(msg.slice(0, 1)), JSON.stringify([...msg].slice(0, 1).join("")));
