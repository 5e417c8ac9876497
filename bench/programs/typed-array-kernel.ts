// Benchmark: numeric kernels over 10M-element Float64Arrays: fill with a cheap pseudo-random
// pattern, then dot product and prefix sums, repeated a few rounds (typed-array element reads and
// writes in tight loops).
const N = 10_000_000;
const ROUNDS = 5;

const xs = new Float64Array(N);
const ys = new Float64Array(N);
for (let i = 0; i < N; i++) {
  xs[i] = ((i * 7919) % 10007) / 10007 - 0.5;
  ys[i] = (i % 1000) / 1000;
}

function dot(a: Float64Array, b: Float64Array): number {
  let sum = 0;
  for (let i = 0; i < a.length; i++) sum += a[i] * b[i];
  return sum;
}

function prefixSums(a: Float64Array, out: Float64Array): void {
  let running = 0;
  for (let i = 0; i < a.length; i++) {
    running += a[i];
    out[i] = running;
  }
}

const sums = new Float64Array(N);
let checksum = 0;
for (let round = 0; round < ROUNDS; round++) {
  checksum += dot(xs, ys);
  prefixSums(xs, sums);
  checksum += sums[N - 1] + sums[N >> 1];
}
console.log(checksum.toFixed(6));
