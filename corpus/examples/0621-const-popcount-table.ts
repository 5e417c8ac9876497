// Comptime folding: 256-entry popcount and bit-reverse tables from pure builders, used on constant and computed 32-bit values.
const POP8 = Array.from({ length: 256 }, (_, i) => {
  let c = 0;
  for (let v = i; v; v &= v - 1) c++;
  return c;
});
const REV8 = Array.from({ length: 256 }, (_, i) => {
  let r = 0;
  for (let b = 0; b < 8; b++) if (i & (1 << b)) r |= 1 << (7 - b);
  return r;
});
const popcount32 = (x: number) => POP8[x & 255] + POP8[(x >>> 8) & 255] + POP8[(x >>> 16) & 255] + POP8[x >>> 24];
const reverse32 = (x: number) => ((REV8[x & 255] << 24) | (REV8[(x >>> 8) & 255] << 16) | (REV8[(x >>> 16) & 255] << 8) | REV8[x >>> 24]) >>> 0;
const kernighan = (x: number) => {
  let c = 0;
  for (x >>>= 0; x; x = (x & (x - 1)) >>> 0) c++;
  return c;
};
console.log(POP8);
console.log(REV8.slice(0, 16), POP8.reduce((a, b) => a + b), REV8.reduce((a, b) => a + b));
const samples = [0, 1, 255, 256, 0xffffffff, 0x80000000, 0xdeadbeef, 0x12345678, -1, -2147483648, 2 ** 32 + 7, 1.9];
console.log(samples.map(popcount32), samples.map(kernighan), samples.every((s) => popcount32(s) === kernighan(s)));
console.log(samples.map((s) => reverse32(s).toString(16)));
console.log(reverse32(reverse32(0x12345678)) === 0x12345678, reverse32(1), reverse32(0x80000000));
let x = 0x9e3779b9;
const counts: number[] = [];
for (let i = 0; i < 10; i++) {
  x = (Math.imul(x ^ (x >>> 15), 0x2c1b3c6d) + i) >>> 0;
  counts.push(popcount32(x));
}
console.log(counts, x.toString(16));
const parity = (n: number) => popcount32(n) & 1;
console.log([0, 1, 3, 7, 0xff, 0x100, 0xffffffff].map(parity).join(""), POP8.filter((p) => p === 4).length);
