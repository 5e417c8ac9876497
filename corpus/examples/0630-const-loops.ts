// Comptime folding: loops with constant bounds (for, while, do-while, for-in, for-of, labelled break/continue) whose results are constants.
let sum = 0;
for (let i = 1; i <= 100; i++) sum += i;
let product = 1;
for (let i = 1; i <= 10; i++) product *= i;
let sq = 0;
let k = 0;
while (k < 50) {
  k++;
  if (k % 3 === 0) continue;
  if (k > 40) break;
  sq += k * k;
}
console.log(sum, product, sq, k);
let once = 0;
do once++; while (false);
let countdown = "";
let c = 5;
do countdown += c; while (--c > 0);
console.log(once, countdown, c);
const table: string[] = [];
for (let r = 1; r <= 9; r++) {
  let row = "";
  for (let col = 1; col <= 9; col++) row += String(r * col).padStart(3);
  table.push(row);
}
console.log(table.join("\n"));
let found = "";
outer: for (let i = 2; i < 50; i++) {
  for (let j = 2; j < i; j++) {
    if (i % j === 0) continue outer;
  }
  if (i > 40) {
    found = `first prime over 40 is ${i}`;
    break outer;
  }
}
console.log(found);
const pairs: string[] = [];
rows: for (let a = 0; a < 4; a++) {
  cols: for (let b = 0; b < 4; b++) {
    if (b > a) continue rows;
    if (a + b === 5) break rows;
    if (b === 1) continue cols;
    pairs.push(`${a}${b}`);
  }
}
console.log(pairs.join(" "));
const obj = { z: 1, 10: "a", 2: "b", y: 2, "-3": "c", 1e3: "d" };
const seen: string[] = [];
for (const key in obj) seen.push(key);
console.log(seen);
const chars: string[] = [];
for (const ch of "a\ud83d\ude00b") chars.push(ch);
console.log(chars, chars.length);
for (var v = 0; v < 3; v++) {}
console.log(v, typeof v);
const fns: Array<() => number> = [];
for (let i = 0; i < 3; i++) fns.push(() => i * 10);
console.log(fns.map((f) => f()));
let floatLoop = 0;
let steps = 0;
for (let x = 0; x < 1; x += 0.1) {
  floatLoop = x;
  steps++;
}
console.log(steps, floatLoop);
block: {
  if (sum > 0) break block;
  console.log("unreachable");
}
console.log("after block");
