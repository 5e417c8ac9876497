// Tests empty statements, empty blocks, single-statement bodies without braces and loops with empty bodies.
let i = 0;
for (; i < 10; i++);
console.log(i);
let j = 0;
while (j++ < 5);
console.log(j);
if (i > 5) {
} else console.log("never");
{
}
{
  {
    ;
  }
}
;;;
let k = 0;
do k += 2; while (k < 7);
console.log(k);
for (const x of [1, 2, 3]) if (x % 2) console.log("odd", x); else console.log("even", x);
const arr = [3, 1, 2];
let idx = 0;
while (arr[idx] !== 2) idx++;
console.log("found at", idx);
function noop(): void {}
function emptyReturn(): undefined {
  return;
}
console.log(noop(), emptyReturn(), typeof noop());
let s = "";
for (let a = 0; a < 3; a++) for (let b = 0; b < 2; b++) s += `${a}${b} `;
console.log(s.trim());
label: {
}
console.log("done");
