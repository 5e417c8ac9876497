// Tests &, |, ^ and ~ on signed 32-bit values, mixed types and common bit tricks.
const xs = [0, 1, -1, 0x55555555, 0xaaaaaaaa, 0x12345678, -0x12345678, 2 ** 31, 255.9];
for (const a of xs) {
  console.log(a, ~a, a & 0xff, a | 0xf0f0, a ^ -1, a ^ 0x5a5a5a5a, (a & 0xaaaaaaaa) >>> 0);
}
const m: any = "12";
const n: any = [3];
console.log(m & n, m | n, m ^ n, ~m, ~n, ~(null as any), ~(undefined as any), ~("abc" as any), ~(true as any));
console.log(~-1, ~0, ~~-0, ~2147483647, ~-2147483648, ~4294967295);
function popcount(x: number): number {
  let c = 0;
  x = x >>> 0;
  while (x !== 0) {
    x &= x - 1;
    c++;
  }
  return c;
}
console.log([0, 1, 7, 255, -1, 0x80000000, 0x12345678].map(popcount));
function isPow2(x: number): boolean {
  return x > 0 && (x & (x - 1)) === 0;
}
console.log([1, 2, 3, 64, 100, 1024, 2 ** 30, 2 ** 31].map(isPow2));
let flags = 0;
flags |= 1 << 3;
flags |= 1 << 0;
flags ^= 1 << 3;
flags &= ~(1 << 5);
console.log(flags, (flags & 1) !== 0, (flags & 8) !== 0);
let sw1 = 11;
let sw2 = 29;
sw1 ^= sw2;
sw2 ^= sw1;
sw1 ^= sw2;
console.log(sw1, sw2);
console.log((-5 & 0xffff).toString(16), (0xdeadbeef | 0).toString(16), ((0xdeadbeef | 0) >>> 0).toString(16));
