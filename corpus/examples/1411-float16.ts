// Float16Array and Math.f16round: binary16 rounding (ties to even, subnormals, overflow to Infinity).
const inputs = [0, -0, 1, 1.337, 0.1, 65504, 65519.99, 65520, 1e6, -1e6, 5.960464477539063e-8, 2.9e-8, 3e-8, 6.103515625e-5, 1 + 2 ** -11, 1 + 3 * 2 ** -11, NaN, Infinity];
for (const x of inputs) console.log(x, Math.f16round(x));
const h = new Float16Array(inputs);
console.log(h);
console.log(Float16Array.BYTES_PER_ELEMENT, new Uint16Array(new Float16Array([1, -2, 0.5]).buffer));
