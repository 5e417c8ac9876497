// Tests <<, >> and >>> including shift counts masked to 5 bits, negative counts and sign propagation.
const lefts = [1, -1, 5, -5, 0x7fffffff, -0x80000000, 0xffffffff, 3.7, -3.7];
const counts = [0, 1, 4, 31, 32, 33, -1, 64, 1.9];
for (const x of lefts) {
  const row: string[] = [];
  for (const c of counts) {
    row.push(`${x << c}/${x >> c}/${x >>> c}`);
  }
  console.log(String(x).padStart(11), row.join(" "));
}
console.log(1 << 31, 1 << 32, 1 << 30, (1 << 31) >>> 0);
console.log(-1 >>> 0, -1 >>> 1, -1 >>> 31, -1 >>> 32);
console.log(-16 >> 2, -16 >>> 2, -17 >> 1, 17 >> 1);
const s: any = "8";
const t: any = "2";
const word: any = "x";
const nil: any = null;
const undef: any = undefined;
console.log(s << t, s >> t, s >>> t, word << 1, nil >> 1, undef >>> 0);
let v = 1;
v <<= 10;
console.log(v);
v >>= 3;
console.log(v);
v = -v;
v >>>= 28;
console.log(v);
let bits = 0;
for (let i = 0; i < 32; i += 3) bits |= 1 << i;
console.log(bits, bits >>> 0, (bits >>> 0).toString(2));
