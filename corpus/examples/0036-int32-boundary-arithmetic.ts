// Tests arithmetic that crosses int32 boundaries so integer fast paths must fall back to doubles (overflow, -0, division).
const MAX = 2147483647;
const MIN = -2147483648;
console.log(MAX + 1, MIN - 1, MAX * 2, MIN * 2, -MIN, MIN * -1, MIN / -1, Math.abs(MIN));
console.log(46340 * 46340, 46341 * 46341, 65536 * 65536, 65535 * 65537, 99999 * 99999);
console.log(7 / 2, -7 / 2, 1 / 3 * 3, 6 / 3, 0 / 5, 0 / -5, -0 / 5);
let zeroTimesNeg = 0;
const negs = [-1, -5, -100];
for (const n of negs) zeroTimesNeg = 0 * n;
console.log(zeroTimesNeg, Object.is(zeroTimesNeg, -0));
let acc = 1;
const powers: number[] = [];
for (let i = 0; i < 40; i += 4) {
  powers.push(acc);
  acc *= 16;
}
console.log(powers);
let sum = 0;
for (let i = 0; i < 100000; i++) sum += i * i;
console.log(sum);
let counter = MAX - 2;
for (let i = 0; i < 5; i++) counter++;
console.log(counter);
let down = MIN + 2;
for (let i = 0; i < 5; i++) down--;
console.log(down);
let fact = 1;
for (let i = 1; i <= 20; i++) fact *= i;
console.log(fact, fact % 1000000007);
const xs = [MAX, MIN, 1, -1, 0];
console.log(xs.map((x) => x * x), xs.map((x) => x + x), xs.map((x) => -x), xs.map((x) => x - 1));
console.log((MAX + 1) | 0, (MIN - 1) | 0, (MAX * 3) | 0);
let fib = [0, 1];
for (let i = 2; i < 80; i++) fib.push(fib[i - 1] + fib[i - 2]);
console.log(fib[46], fib[47], fib[78], fib[79]);
fib = fib.slice(0, 3);
console.log(fib);
