// Comptime folding: pure functions with large loop counts that a fuel-limited folder must bail on (results still computed at run time).
function sumSquaresMod(n: number, mod: number): number {
  let s = 0;
  for (let i = 1; i <= n; i++) s = (s + ((i * i) % mod)) % mod;
  return s;
}
function longestCollatz(limit: number): [number, number] {
  let best = 1;
  let bestLen = 1;
  for (let start = 1; start < limit; start++) {
    let n = start;
    let len = 1;
    while (n !== 1) {
      n = n % 2 === 0 ? n / 2 : 3 * n + 1;
      len++;
    }
    if (len > bestLen) {
      bestLen = len;
      best = start;
    }
  }
  return [best, bestLen];
}
function harmonic(n: number): number {
  let h = 0;
  for (let i = 1; i <= n; i++) h += 1 / i;
  return h;
}
function lcg(seed: number, rounds: number): number {
  let x = seed >>> 0;
  for (let i = 0; i < rounds; i++) x = (Math.imul(x, 1664525) + 1013904223) >>> 0;
  return x;
}
function countPrimes(limit: number): number {
  const sieve = new Array<boolean>(limit + 1).fill(true);
  let count = 0;
  for (let i = 2; i <= limit; i++) {
    if (!sieve[i]) continue;
    count++;
    for (let j = i * i; j <= limit; j += i) sieve[j] = false;
  }
  return count;
}
const SUM = sumSquaresMod(2_000_000, 1_000_000_007);
const COLLATZ = longestCollatz(30_000);
const H = harmonic(1_000_000);
const RNG = lcg(42, 1_000_000);
const PI_200K = countPrimes(200_000);
console.log(SUM, COLLATZ, H, RNG, RNG.toString(16), PI_200K);
console.log(sumSquaresMod(10, 7), longestCollatz(10), harmonic(10), lcg(42, 3), countPrimes(100));
