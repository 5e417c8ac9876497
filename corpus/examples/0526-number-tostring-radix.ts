// Number.prototype.toString(radix): integers and fractions in bases 2-36, negatives, -0, huge values, radix range errors.
const ints = [0, -0, 1, 7, 10, 35, 36, 255, -255, 4095, 65535, 2 ** 31, 2 ** 32 - 1, 2 ** 53 - 1, -(2 ** 53)];
for (const n of ints) console.log(String(n).padStart(17), [2, 8, 16, 36].map((r) => n.toString(r)).join(" "));

// Fractions in other radixes produce the shortest digits that round-trip in that radix (V8 algorithm).
const fracs = [0.5, 0.1, 0.25, -0.75, 1 / 3, 3.14159, 255.5, 1e-7, 123.456];
for (const f of fracs) console.log(String(f).padStart(10), f.toString(2), f.toString(3), f.toString(16), f.toString(36));

// Huge and tiny values.
console.log((1e21).toString(16), (1e21).toString(36), (2 ** 64).toString(2).length, Number.MAX_VALUE.toString(36).length, (5e-324).toString(2).length);
console.log(NaN.toString(2), Infinity.toString(16), (-Infinity).toString(36));

// Radix 10 and default are identical; radix is converted with ToIntegerOrInfinity.
console.log((255).toString(), (255).toString(10), (255).toString(undefined), (255).toString(16.9), (255).toString("2" as unknown as number));
for (const r of [0, 1, 37, -2, NaN]) {
  try {
    console.log((10).toString(r));
  } catch (e) {
    console.log(r, (e as Error).name + ": " + (e as Error).message);
  }
}

// Round trip through parseInt for integers.
let allOk = true;
for (let r = 2; r <= 36; r++) for (const n of [0, 1, 99, 12345, 2 ** 40 + 3]) if (parseInt(n.toString(r), r) !== n) allOk = false;
console.log("round trip", allOk);

// Binary padding and bit strings.
const bits = (n: number) => (n >>> 0).toString(2).padStart(32, "0");
console.log(bits(5), bits(-1), bits(-2147483648), bits(0x0f0f0f0f));
console.log([...Array(16).keys()].map((i) => i.toString(16).toUpperCase()).join(""), (0xdeadbeef).toString(16), (-0xff).toString(16));
