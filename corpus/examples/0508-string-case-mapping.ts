// Full Unicode case mapping: length-changing mappings (ß, ŉ, ﬃ, İ), Greek final sigma, non-letters unchanged, astral letters.
const samples = [
  "hello World 123",
  "straße",
  "ß",
  "ŉ",
  "ﬃ office",
  "İstanbul",
  "ΟΔΥΣΣΕΥΣ",
  "ΣΑΣ Σ",
  "ǅungla",
  "ǈ ǋ",
  "ÀÉÎÕÜ àéîõü",
  "ÿ",
  "µ",
  "ı i I",
  "𐐀𐐨",
  "ꭰ",
  "123 !? _",
  "",
];
for (const s of samples) {
  const up = s.toUpperCase();
  const low = s.toLowerCase();
  console.log(JSON.stringify(s), "->", JSON.stringify(up), up.length - s.length, JSON.stringify(low), low.length - s.length);
}

// Round trips are not guaranteed.
console.log("ß".toUpperCase().toLowerCase(), "İ".toLowerCase().toUpperCase(), "ﬀ".toUpperCase().toLowerCase());
console.log("İ".toLowerCase().length, [..."İ".toLowerCase()].map((c) => c.codePointAt(0)!.toString(16)));

// Locale-independent variants agree with the plain ones under LC_ALL=C.
console.log("TITLE".toLocaleLowerCase() === "title", "straße".toLocaleUpperCase());

// Case-insensitive comparison via toUpperCase vs toLowerCase differ for ß.
const a = "STRASSE";
const b = "straße";
console.log(a.toLowerCase() === b.toLowerCase(), a.toUpperCase() === b.toUpperCase());

// Capitalize words.
const title = "the quick  brown fox's tale";
console.log(title.split(" ").map((w) => (w ? w[0].toUpperCase() + w.slice(1) : w)).join(" "));
