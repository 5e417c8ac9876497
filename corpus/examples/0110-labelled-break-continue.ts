// Tests labelled break and continue across nested for, while, do-while, for-of and labelled blocks.
const found: string[] = [];
outer: for (let i = 0; i < 4; i++) {
  for (let j = 0; j < 4; j++) {
    if (j === 2) continue outer;
    if (i === 3) break outer;
    found.push(`${i}${j}`);
  }
}
console.log(found.join(" "));
const grid = [[1, 2, 3], [4, 42, 6], [7, 8, 9]];
let where = "";
search: for (const [r, row] of grid.entries()) {
  for (const [c, v] of row.entries()) {
    if (v === 42) {
      where = `${r},${c}`;
      break search;
    }
  }
}
console.log("found 42 at", where);
let count = 0;
block: {
  count++;
  if (count > 0) break block;
  count = 100;
}
console.log("block count", count);
const log: number[] = [];
let a = 0;
loopA: while (a < 5) {
  a++;
  let b = 0;
  do {
    b++;
    if (b === a) continue loopA;
    if (a * b > 6) break loopA;
    log.push(a * 10 + b);
  } while (b < 10);
}
console.log(log, a);
const primes: number[] = [];
candidates: for (let n = 2; primes.length < 15; n++) {
  for (const p of primes) {
    if (p * p > n) break;
    if (n % p === 0) continue candidates;
  }
  primes.push(n);
}
console.log(primes);
const trace: string[] = [];
l1: for (const x of ["a", "b"]) {
  l2: for (const y of ["c", "d"]) {
    for (const z of ["e", "f"]) {
      if (z === "f") continue l2;
      if (y === "d" && x === "b") break l1;
      trace.push(x + y + z);
    }
  }
}
console.log(trace);
