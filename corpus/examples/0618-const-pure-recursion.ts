// Comptime folding: pure recursive/iterative helpers called with constant arguments (fib, factorial, gcd/lcm, binomial, modpow, collatz).
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
function factorial(n: number): number {
  return n <= 1 ? 1 : n * factorial(n - 1);
}
function gcd(a: number, b: number): number {
  return b === 0 ? Math.abs(a) : gcd(b, a % b);
}
const lcm = (a: number, b: number): number => (a / gcd(a, b)) * b;
function binomial(n: number, k: number): number {
  let r = 1;
  for (let i = 1; i <= k; i++) r = (r * (n - k + i)) / i;
  return r;
}
function modpow(base: number, exp: number, mod: number): number {
  let result = 1;
  base %= mod;
  while (exp > 0) {
    if (exp & 1) result = (result * base) % mod;
    base = (base * base) % mod;
    exp >>= 1;
  }
  return result;
}
function collatzSteps(n: number): number {
  let steps = 0;
  while (n !== 1) {
    n = n % 2 === 0 ? n / 2 : 3 * n + 1;
    steps++;
  }
  return steps;
}
function isPrime(n: number): boolean {
  if (n < 2) return false;
  for (let d = 2; d * d <= n; d++) if (n % d === 0) return false;
  return true;
}
const digitSum = (n: number): number => (n < 10 ? n : (n % 10) + digitSum(Math.floor(n / 10)));

const FIB25 = fib(25);
const FACT20 = factorial(20);
console.log(FIB25, fib(0), fib(1), fib(30 - 10), FACT20, factorial(25), factorial(170), factorial(171), factorial(0));
console.log(gcd(1071, 462), gcd(0, 0), gcd(-12, 18), gcd(2 ** 40, 6 ** 20), lcm(4, 6), lcm(21, 6), lcm(2 ** 20, 3 ** 10));
console.log(binomial(30, 15), binomial(52, 5), binomial(10, 0), binomial(60, 30), binomial(100, 50));
console.log(modpow(2, 10, 1000), modpow(3, 200, 13), modpow(7, 0, 5), modpow(5, 117, 19), modpow(123456, 789, 1000003));
console.log(collatzSteps(27), collatzSteps(1), collatzSteps(97), collatzSteps(871), [1, 2, 3, 6, 7, 9].map(collatzSteps));
console.log(isPrime(2147483647), isPrime(1e9 + 7), isPrime(561), isPrime(1), isPrime(2), [90, 91, 97, 7919, 7921].map(isPrime));
console.log(digitSum(FACT20), digitSum(99999), digitSum(0), String(FACT20).length, FACT20 % 1000, FACT20 > 2 ** 53);
const table = Array.from({ length: 15 }, (_, i) => fib(i));
console.log(table, table.reduce((a, b) => a + b), fib(24) / fib(23));
