// Comptime folding: sieve of Eratosthenes up to 1000 computed by a pure function into a module constant; inspect of a >100-element array.
function sieve(limit: number): number[] {
  const composite = new Array<boolean>(limit + 1).fill(false);
  const primes: number[] = [];
  for (let i = 2; i <= limit; i++) {
    if (composite[i]) continue;
    primes.push(i);
    for (let j = i * i; j <= limit; j += i) composite[j] = true;
  }
  return primes;
}
const PRIMES = sieve(1000);
console.log(PRIMES.length, PRIMES.slice(-10), PRIMES.reduce((a, b) => a + b, 0));
console.log(PRIMES);
const twins = PRIMES.filter((p, i) => PRIMES[i + 1] === p + 2).map((p) => [p, p + 2]);
console.log(twins.length, twins.slice(0, 5), twins.at(-1));
const gaps = PRIMES.slice(1).map((p, i) => p - PRIMES[i]);
const maxGap = Math.max(...gaps);
console.log("max gap", maxGap, "after", PRIMES[gaps.indexOf(maxGap)], "gap histogram", Object.entries(gaps.reduce<Record<number, number>>((h, g) => ((h[g] = (h[g] ?? 0) + 1), h), {})));
const primeSet = new Set(PRIMES);
const goldbach = (n: number) => PRIMES.find((p) => primeSet.has(n - p));
console.log([4, 28, 100, 998, 1000].map((n) => `${n}=${goldbach(n)}+${n - (goldbach(n) ?? 0)}`).join(" "));
console.log(sieve(1), sieve(2), sieve(30), sieve(0).length);
const byLastDigit = new Map<number, number>();
for (const p of PRIMES) byLastDigit.set(p % 10, (byLastDigit.get(p % 10) ?? 0) + 1);
console.log([...byLastDigit].sort((a, b) => a[0] - b[0]));
