// Tests nested loops on small algorithms: matrix multiply, sieve of Eratosthenes, bubble sort, Pascal's triangle, 2D search.
function matmul(a: number[][], b: number[][]): number[][] {
  const n = a.length;
  const m = b[0].length;
  const out: number[][] = [];
  for (let i = 0; i < n; i++) {
    const row: number[] = [];
    for (let j = 0; j < m; j++) {
      let s = 0;
      for (let k = 0; k < b.length; k++) s += a[i][k] * b[k][j];
      row.push(s);
    }
    out.push(row);
  }
  return out;
}
console.log(matmul([[1, 2], [3, 4], [5, 6]], [[7, 8, 9], [10, 11, 12]]));
function sieve(limit: number): number[] {
  const composite: boolean[] = new Array(limit + 1).fill(false);
  const primes: number[] = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}
const ps = sieve(200);
console.log(ps.length, ps);
function bubble(xs: number[]): { sorted: number[]; swaps: number } {
  const a = [...xs];
  let swaps = 0;
  for (let i = 0; i < a.length; i++) {
    let swapped = false;
    for (let j = 0; j < a.length - 1 - i; j++) {
      if (a[j] > a[j + 1]) {
        [a[j], a[j + 1]] = [a[j + 1], a[j]];
        swaps++;
        swapped = true;
      }
    }
    if (!swapped) break;
  }
  return { sorted: a, swaps };
}
console.log(bubble([5, -1, 3.5, 0, -0, 9, 2, 2, 8]));
const pascal: number[][] = [[1]];
for (let r = 1; r < 12; r++) {
  const prev = pascal[r - 1];
  const row = [1];
  for (let c = 1; c < r; c++) row.push(prev[c - 1] + prev[c]);
  row.push(1);
  pascal.push(row);
}
for (const row of pascal) console.log(row.join(" ").padStart(20 + row.join(" ").length / 2));
let triples = 0;
const found: string[] = [];
for (let a = 1; a < 30; a++)
  for (let b = a; b < 30; b++)
    for (let c = b; c < 40; c++)
      if (a * a + b * b === c * c) {
        triples++;
        if (found.length < 5) found.push(`${a}-${b}-${c}`);
      }
console.log(triples, found);
