// Numeric kernels over typed arrays: prefix sums, dot product, histogram, bit tricks through shared buffers.
const n = 1000;
const xs = new Float64Array(n);
const ys = new Float64Array(n);
for (let i = 0; i < n; i++) {
  xs[i] = Math.sin(i) * 10;
  ys[i] = Math.cos(i * 0.5);
}
let dot = 0;
for (let i = 0; i < n; i++) dot += xs[i] * ys[i];
console.log(dot.toFixed(6));
const prefix = new Float64Array(n + 1);
for (let i = 0; i < n; i++) prefix[i + 1] = prefix[i] + xs[i];
console.log(prefix[n].toFixed(6), prefix[500].toFixed(6));
const histogram = new Uint32Array(8);
for (let i = 0; i < n; i++) histogram[Math.floor((xs[i] + 10) / 2.5) & 7]++;
console.log(histogram);
const f = new Float32Array(1);
const bits = new Uint32Array(f.buffer);
f[0] = -1.5;
console.log(bits[0].toString(16));
const bytes = new Uint8Array(new Float64Array([1]).buffer);
console.log(bytes);
const rgba = new Uint8ClampedArray(4 * 4);
for (let i = 0; i < rgba.length; i++) rgba[i] = i * 20 - 30;
console.log(rgba);
