// Benchmark: spectral norm (the benchmarks-game algorithm): the largest singular value of the
// infinite matrix A(i,j) = 1/((i+j)(i+j+1)/2+i+1), by power iteration on A^T A truncated to N x N.
const N = 2000;

function a(i: number, j: number): number {
  return 1 / (((i + j) * (i + j + 1)) / 2 + i + 1);
}

function multiplyAv(v: number[], out: number[]): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(i, j) * v[j];
    out[i] = sum;
  }
}

function multiplyAtv(v: number[], out: number[]): void {
  const n = v.length;
  for (let i = 0; i < n; i++) {
    let sum = 0;
    for (let j = 0; j < n; j++) sum += a(j, i) * v[j];
    out[i] = sum;
  }
}

function multiplyAtAv(v: number[], out: number[], tmp: number[]): void {
  multiplyAv(v, tmp);
  multiplyAtv(tmp, out);
}

function filled(n: number, value: number): number[] {
  const xs: number[] = [];
  for (let i = 0; i < n; i++) xs.push(value);
  return xs;
}

function spectralNorm(n: number): number {
  const u = filled(n, 1);
  const v = filled(n, 0);
  const tmp = filled(n, 0);
  for (let i = 0; i < 10; i++) {
    multiplyAtAv(u, v, tmp);
    multiplyAtAv(v, u, tmp);
  }
  let vBv = 0;
  let vv = 0;
  for (let i = 0; i < n; i++) {
    vBv += u[i] * v[i];
    vv += v[i] * v[i];
  }
  return Math.sqrt(vBv / vv);
}

console.log(spectralNorm(N).toFixed(9));
