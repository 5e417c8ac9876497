// String.fromCharCode (ToUint16 wrapping) vs String.fromCodePoint (RangeError on invalid code points), and codePointAt round trips.
console.log(String.fromCharCode(72, 105, 33), String.fromCharCode(), JSON.stringify(String.fromCharCode(0)));
console.log(String.fromCharCode(65 + 65536), String.fromCharCode(-1).charCodeAt(0), String.fromCharCode(65.9), String.fromCharCode("66" as unknown as number));
console.log(JSON.stringify(String.fromCharCode(NaN)), String.fromCharCode(0x1f600).charCodeAt(0).toString(16), String.fromCharCode(0xd83d, 0xde00));

console.log(String.fromCodePoint(0x1f600, 0x20, 0x1d11e), String.fromCodePoint(), String.fromCodePoint(0x10ffff).length);
console.log(JSON.stringify(String.fromCodePoint(0xd800)), String.fromCodePoint("97" as unknown as number));
for (const bad of [-1, 0x110000, 1.5, NaN, Infinity, "x"] as unknown[]) {
  try {
    String.fromCodePoint(bad as number);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// Round trip every 4096th code point.
let ok = 0;
let total = 0;
for (let cp = 0; cp <= 0x10ffff; cp += 4096) {
  total++;
  const s = String.fromCodePoint(cp);
  if (s.codePointAt(0) === cp && s.length === (cp > 0xffff ? 2 : 1)) ok++;
}
console.log(ok, total);

// Building the printable ASCII table.
const printable = Array.from({ length: 95 }, (_, i) => String.fromCharCode(32 + i)).join("");
console.log(printable);
console.log(printable.length, printable.indexOf("A"), printable.indexOf("~"));

// Caesar cipher on letters using char codes.
function caesar(s: string, k: number): string {
  return Array.from(s, (c) => {
    const code = c.charCodeAt(0);
    if (code >= 65 && code <= 90) return String.fromCharCode(((code - 65 + k + 26) % 26) + 65);
    if (code >= 97 && code <= 122) return String.fromCharCode(((code - 97 + k + 26) % 26) + 97);
    return c;
  }).join("");
}
const enc = caesar("Hello, World! xyz", 3);
console.log(enc, caesar(enc, -3));

// Hex dump of a string's UTF-16 code units.
console.log([..."tsn€😀"].map((c) => Array.from({ length: c.length }, (_, i) => c.charCodeAt(i).toString(16).padStart(4, "0")).join(":")).join(" "));
