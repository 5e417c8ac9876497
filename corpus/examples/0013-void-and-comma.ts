// Tests the void operator and the comma operator: evaluation of all operands, result value, use in for loops.
let side = 0;
function bump(): number {
  side++;
  return side;
}
console.log(void 0, void bump(), side, void "x" === undefined);
const r = (bump(), bump(), bump() * 10);
console.log(r, side);
let a = 1;
let b = 2;
const c = ((a += 10), (b *= 3), a + b);
console.log(a, b, c);
const pairs: string[] = [];
for (let i = 0, j = 10; i < j; i += 3, j -= 2) pairs.push(`${i}:${j}`);
console.log(pairs.join(" "));
const arrow = (): undefined => void bump();
console.log(arrow(), side);
let k = 0;
while ((k++, k < 5)) {
  if (k === 3) continue;
  console.log("k", k);
}
const items = [1, 2, 3];
const sum = items.reduce((acc, x) => ((acc += x), acc), 0);
console.log(sum);
const x: any = (bump(), "last");
console.log(x, typeof x);
const t = [(bump(), 1), (bump(), 2)];
console.log(t, side);
