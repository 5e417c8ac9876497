// Comptime folding: String.fromCharCode/fromCodePoint/charCodeAt/codePointAt on constants, and util.inspect quoting/escaping of strings.
console.log(String.fromCharCode(65, 66, 67), String.fromCharCode(0x1f600).charCodeAt(0).toString(16), String.fromCharCode(65.9), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65536 + 66));
console.log(String.fromCodePoint(0x1f600), String.fromCodePoint(0x1f600).length, String.fromCodePoint(97, 0x10ffff).length, "\u{1F600}" === "\ud83d\ude00");
try {
  String.fromCodePoint(0x110000);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
const smile = "\ud83d\ude00";
console.log(smile.charCodeAt(0), smile.charCodeAt(1), smile.codePointAt(0), smile.codePointAt(1), [...smile].length, smile.split("").length);
const alphabet = Array.from({ length: 26 }, (_, i) => String.fromCharCode(97 + i)).join("");
console.log(alphabet, alphabet.toUpperCase(), alphabet.charCodeAt(25), alphabet.split("").reverse().join("").slice(0, 5));
const codes: number[] = [];
for (const ch of "héllo \u00a0wörld\ud83c\udf0d") codes.push(ch.codePointAt(0) ?? -1);
console.log(codes, codes.map((c) => c.toString(16)).join(" "));
// util.inspect picks the quote style: single quotes, then double, then backtick, else escaped single quotes.
const quoted = ["plain", "it's", 'say "hi"', "both ' and \"", "all ' \" `", "back`tick", "new\nline", "tab\tstop", "nul\0", "bell\x07", "esc\x1b[0m", "del\x7f", "\\backslash", "\u00e9\u4e2d\ud83d\ude00", "\ud800 lone", "\u2028sep"];
console.log(quoted);
console.log({ key: "it's", "it's": "key", nested: ["'", '"', "`"] });
console.log(new Map([["it's", 'a "b"']]), new Set(["\n"]));
for (const q of quoted.slice(0, 6)) console.log(q);
console.log(JSON.stringify(quoted));
