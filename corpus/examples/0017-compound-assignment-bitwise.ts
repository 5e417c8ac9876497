// Tests <<=, >>=, >>>=, &=, |=, ^= including ToInt32 truncation of the stored result.
let v = 0x0f;
const log: Array<number | string> = [];
v <<= 4;
log.push(v);
v |= 0x0f;
log.push(v);
v &= 0xf3;
log.push(v);
v ^= 0xff;
log.push(v);
v <<= 28;
log.push(v);
v >>= 30;
log.push(v);
v >>>= 1;
log.push(v);
v >>>= 0;
log.push(v);
console.log(log);
let f: any = 3.99;
f |= 0;
console.log(f);
f = "12";
const oneStr: any = "1";
f <<= oneStr;
console.log(f, typeof f);
f = -1.5;
f >>>= 0;
console.log(f);
f = 2 ** 40 + 3;
f &= 0xffff;
console.log(f);
let h = 0;
for (const ch of "hello world") {
  h = (h << 5) - h + ch.charCodeAt(0);
  h |= 0;
}
console.log("hash", h, h >>> 0);
let seed = 12345;
const out: number[] = [];
for (let i = 0; i < 8; i++) {
  seed ^= seed << 13;
  seed ^= seed >>> 17;
  seed ^= seed << 5;
  out.push(seed >>> 0);
}
console.log(out);
const grid = [0, 0, 0];
for (let i = 0; i < 3; i++) grid[i] |= 1 << (i * 4);
grid[1] ^= 0xff;
grid[2] >>= 1;
console.log(grid);
