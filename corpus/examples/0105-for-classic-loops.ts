// Tests classic for loops: empty clauses, multiple variables, counting down, float steps, mutation of bounds and break.
const out: number[] = [];
for (let i = 0; i < 5; i++) out.push(i);
console.log(out);
const down: number[] = [];
for (let i = 10; i > 0; i -= 3) down.push(i);
console.log(down);
let k = 0;
for (;;) {
  if (k >= 4) break;
  k++;
}
console.log("infinite loop broke at", k);
let m = 0;
for (; m < 3; ) m++;
console.log(m);
const pairs: string[] = [];
for (let i = 0, j = 5; i <= j; i++, j--) pairs.push(`${i}-${j}`);
console.log(pairs);
const floats: number[] = [];
for (let f = 0; f < 1; f += 0.1) floats.push(f);
console.log(floats.length, floats);
const arr = [1, 2, 3];
let iterations = 0;
for (let i = 0; i < arr.length; i++) {
  iterations++;
  if (arr.length < 6) arr.push(arr[i] * 10);
}
console.log(arr, iterations);
const closures: Array<() => number> = [];
for (let i = 0; i < 3; i++) {
  closures.push(() => i);
  i += 0;
}
console.log(closures.map((c) => c()));
const updates: Array<() => number> = [];
for (let i = 0; i < 6; i++) {
  updates.push(() => i);
  i++;
}
console.log(updates.map((c) => c()));
let total = 0;
for (let i = 1; i <= 100; i++) {
  if (i % 2 === 0) continue;
  if (i > 50) break;
  total += i;
}
console.log(total);
const matrix: number[][] = [];
for (let r = 0; r < 3; r++) {
  matrix.push([]);
  for (let c = 0; c < 4; c++) matrix[r].push(r * 4 + c);
}
console.log(matrix);
