// Comptime folding: ToInt32/ToUint32 on constants — bitwise ops, shifts with counts masked to 5 bits, Math.imul/clz32.
const s12: any = "12";
const hex: any = "0x10";
const exp: any = "1e3";
const padded: any = " 42 ";
const junk: any = "4x";
const nul: any = null;
const undef: any = undefined;
const yes: any = true;
console.log(2 ** 31 | 0, 2 ** 32 | 0, (2 ** 32 + 5) | 0, -1 >>> 0, 1 << 31, 1 << 32, 1 << -1, 1 << 33);
console.log(3.7 | 0, -3.7 | 0, 1e21 | 0, 2 ** 53 | 0, (2 ** 53 + 2) | 0, 4294967296.5 | 0, -4294967297 | 0, 2147483648.9 | 0);
console.log(~0, ~-1, ~2.5, ~~s12, hex | 0, exp | 0, padded | 0, junk | 0, ~~nul, ~~undef, ~~yes);
console.log(0xffffffff & 0xff, 0x80000000 ^ 1, -(2 ** 31) >> 31, -(2 ** 31) >>> 31, 5 & -5, 6 | 9, 12 ^ 10, ~0x7fffffff);
console.log(-1 >> 40, -1 >>> 32, -1 >>> 0, 8 >> -1, 8 << 1.9, 256 >> 4.9, -256 >>> 28, -16 >> 2, -16 >>> 2);
console.log(Math.imul(0xffffffff, 5), Math.imul(2 ** 31, 2), Math.imul(65536, 65536), Math.imul(-5, 12), Math.imul(3.9, 2.9));
console.log(Math.clz32(0), Math.clz32(1), Math.clz32(-1), Math.clz32(2 ** 32), Math.clz32(0.5), Math.clz32(2 ** 31));
const shl: number[] = [];
const sar: number[] = [];
const shr: number[] = [];
for (let i = 0; i < 36; i += 5) {
  shl.push(1 << i);
  sar.push(-2147483648 >> i);
  shr.push(-2147483648 >>> i);
}
console.log(shl, sar, shr);
const toInt32 = (x: number) => x | 0;
const toUint32 = (x: number) => x >>> 0;
const samples = [0, -0, 1.5, -1.5, 2 ** 31 - 0.5, 2 ** 31, 2 ** 31 + 0.5, 2 ** 32 - 1, 2 ** 32, 2 ** 33 + 3, -(2 ** 31) - 1, 1e20, -1e20, NaN, Infinity];
console.log(samples.map(toInt32));
console.log(samples.map(toUint32));
console.log((0x12345678 >>> 24).toString(16), ((0x12345678 << 8) >>> 0).toString(16), (0x12345678 >> 4 & 0xff).toString(2));
const rotl = (x: number, r: number) => ((x << r) | (x >>> (32 - r))) >>> 0;
console.log(rotl(0x80000001, 1).toString(16), rotl(0xdeadbeef, 8).toString(16), rotl(1, 31), rotl(0xdeadbeef, 0).toString(16));
