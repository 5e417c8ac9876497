// Element conversions on store: ToInt8 ... ToUint32 wrap modulo 2^n, Uint8Clamped rounds half to even, Float32 rounds.
const inputs = [0, -0, 1.5, 2.5, -1.5, 127, 128, 255, 256, -129, 65535, 65536, 2 ** 31, -(2 ** 31) - 1, 2 ** 32 + 5, 1e20, -1e20, NaN, Infinity, -Infinity, 0.1, 3.4e38, 3.5e38, 1e-46];
const kinds = [Int8Array, Uint8Array, Uint8ClampedArray, Int16Array, Uint16Array, Int32Array, Uint32Array, Float32Array, Float64Array];
for (const Kind of kinds) {
  const a = new Kind(inputs.length);
  inputs.forEach((v, i) => { a[i] = v; });
  console.log(Kind.name, Array.from(a).join(" "));
}
const clamped = new Uint8ClampedArray([0.5, 1.5, 2.5, 3.5, 254.5, 255.5, -0.5, 0.49999999999999994]);
console.log(clamped);
const mixed = new Int16Array(3);
mixed[0] = "12" as unknown as number;
mixed[1] = { valueOf: () => 70000 } as unknown as number;
mixed[2] = true as unknown as number;
console.log(mixed);
