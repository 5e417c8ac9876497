// Tests while and do-while: zero-iteration cases, condition evaluation count, continue in do-while and nested loops.
let n = 0;
while (n < 5) n++;
console.log(n);
let never = 0;
while (never > 0) never--;
console.log(never);
let onceCount = 0;
do {
  onceCount++;
} while (false as boolean);
console.log("do-while runs once:", onceCount);
let condEvals = 0;
let i = 0;
do {
  i++;
  if (i % 2 === 0) continue;
  console.log("odd", i);
} while ((condEvals++, i < 7));
console.log("condition evaluated", condEvals, "times");
function collatz(start: number): number[] {
  const seq = [start];
  let x = start;
  while (x !== 1) {
    x = x % 2 === 0 ? x / 2 : 3 * x + 1;
    seq.push(x);
  }
  return seq;
}
console.log(collatz(27).length, collatz(6));
function gcd(a: number, b: number): number {
  while (b !== 0) {
    const t = b;
    b = a % b;
    a = t;
  }
  return a;
}
console.log(gcd(1071, 462), gcd(17, 5), gcd(0, 9), gcd(2 ** 40, 6 ** 10));
const stack = [1, 2, 3, 4];
const popped: number[] = [];
while (stack.length) popped.push(stack.pop()!);
console.log(popped, stack);
let digits = 9876543210;
let digitSum = 0;
do {
  digitSum += digits % 10;
  digits = Math.floor(digits / 10);
} while (digits > 0);
console.log(digitSum);
let outer = 0;
let inner = 0;
while (outer < 3) {
  let j = 0;
  do {
    inner++;
    j++;
  } while (j < outer);
  outer++;
}
console.log(outer, inner);
let w = 10;
while (true) {
  w -= 3;
  if (w < 0) break;
}
console.log(w);
