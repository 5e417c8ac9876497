// Comptime folding: a CRC-32 table built by a pure function at module level (foldable), then used on constant and run-time (argv) input.
// parity-args: ["hello", "tsn", "123456789"]
function buildCrcTable(): number[] {
  const table: number[] = [];
  for (let n = 0; n < 256; n++) {
    let c = n;
    for (let k = 0; k < 8; k++) c = c & 1 ? 0xedb88320 ^ (c >>> 1) : c >>> 1;
    table.push(c >>> 0);
  }
  return table;
}
const TABLE = buildCrcTable();

function crc32(text: string): number {
  let crc = 0xffffffff;
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    // Encode as UTF-8 on the fly so non-ASCII input hashes like the byte string.
    const bytes = code < 0x80 ? [code] : code < 0x800 ? [0xc0 | (code >> 6), 0x80 | (code & 63)] : [0xe0 | (code >> 12), 0x80 | ((code >> 6) & 63), 0x80 | (code & 63)];
    for (const b of bytes) crc = TABLE[(crc ^ b) & 0xff] ^ (crc >>> 8);
  }
  return (crc ^ 0xffffffff) >>> 0;
}
const hex = (n: number) => n.toString(16).padStart(8, "0");

console.log(TABLE.length, TABLE.slice(0, 8).map(hex), hex(TABLE[255]), TABLE.indexOf(0), TABLE.every((x) => x >= 0 && x < 2 ** 32));
console.log(TABLE.slice(128, 136));
const fixed = ["", "a", "abc", "123456789", "The quick brown fox jumps over the lazy dog", "caf\u00e9", "\u20ac100"];
for (const s of fixed) console.log(JSON.stringify(s).padEnd(48), hex(crc32(s)), crc32(s));
const args = process.argv.slice(2);
console.log(args.length, args.map((a) => `${a}=${hex(crc32(a))}`).join(" "), hex(crc32(args.join(" "))));
const same = crc32("123456789") === crc32(args[2] ?? "");
console.log("argv check value matches constant:", same, (crc32("123456789") | 0).toString(16));
TABLE[0] = 1;
console.log("after mutation", hex(crc32("a")), TABLE[0]);
