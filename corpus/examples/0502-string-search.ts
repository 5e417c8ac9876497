// String searching: indexOf/lastIndexOf with positions, includes/startsWith/endsWith with positions, empty needle, case sensitivity.
const s = "the cat sat on the mat with the hat";
console.log(s.indexOf("the"), s.indexOf("the", 1), s.indexOf("the", 100), s.indexOf("dog"), s.indexOf(""), s.indexOf("", 5), s.indexOf("", 100));
console.log(s.lastIndexOf("the"), s.lastIndexOf("the", 27), s.lastIndexOf("the", 0), s.lastIndexOf("the", -5), s.lastIndexOf(""), s.lastIndexOf("", 3));
console.log(s.indexOf("at", -10), s.lastIndexOf("at", NaN), s.lastIndexOf("at", Infinity));

console.log(s.includes("sat"), s.includes("sat", 9), s.includes(""), s.includes("The"));
console.log(s.startsWith("the"), s.startsWith("cat", 4), s.startsWith("cat", 5), s.startsWith(""), s.startsWith("the", -3));
console.log(s.endsWith("hat"), s.endsWith("mat", 22), s.endsWith("the", 3), s.endsWith(""), s.endsWith("hat", 999));

// Non-string needles are converted with ToString.
console.log("a1b2null".indexOf(1 as unknown as string), "a1b2null".includes(null as unknown as string), "undefined".includes(undefined as unknown as string));
console.log("true story".startsWith(true as unknown as string), "1,2,3".indexOf([2, 3] as unknown as string));

// Case-insensitive search.
const hay = "Hello HELLO hello hElLo";
const needle = "hello";
const positions: number[] = [];
const lower = hay.toLowerCase();
for (let i = lower.indexOf(needle); i !== -1; i = lower.indexOf(needle, i + 1)) positions.push(i);
console.log(positions);

// Count occurrences (overlapping and non-overlapping).
const text = "aaaa";
let overlapping = 0;
for (let i = text.indexOf("aa"); i !== -1; i = text.indexOf("aa", i + 1)) overlapping++;
let nonOverlapping = 0;
for (let i = text.indexOf("aa"); i !== -1; i = text.indexOf("aa", i + 2)) nonOverlapping++;
console.log(overlapping, nonOverlapping, text.split("aa").length - 1);

// Errors: a null or undefined receiver throws.
try {
  String.prototype.includes.call(null, "x");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
try {
  String.prototype.indexOf.call(undefined, "x");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Unicode: searching for astral characters counts code units.
const u = "x😀y😀z";
console.log(u.indexOf("😀"), u.lastIndexOf("😀"), u.indexOf("y"), u.includes("\ud83d"), u.length);
