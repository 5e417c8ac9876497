// Benchmark: fannkuch-redux (the benchmarks-game algorithm): for every permutation of 1..N, count
// the pancake flips until 1 is in front; prints the alternating checksum and the maximum flip count.
const N = 10;

function fannkuch(n: number): [number, number] {
  const perm: number[] = [];
  const perm1: number[] = [];
  const count: number[] = [];
  for (let i = 0; i < n; i++) {
    perm.push(0);
    perm1.push(i);
    count.push(0);
  }
  let maxFlips = 0;
  let checksum = 0;
  let permCount = 0;
  let r = n;
  for (;;) {
    while (r !== 1) {
      count[r - 1] = r;
      r--;
    }
    for (let i = 0; i < n; i++) perm[i] = perm1[i];
    let flips = 0;
    let k = perm[0];
    while (k !== 0) {
      for (let i = 0, j = k; i < j; i++, j--) {
        const t = perm[i];
        perm[i] = perm[j];
        perm[j] = t;
      }
      flips++;
      k = perm[0];
    }
    if (flips > maxFlips) maxFlips = flips;
    checksum += permCount % 2 === 0 ? flips : -flips;
    // Next permutation in the benchmarks-game order (rotate the first r+1 elements).
    for (;;) {
      if (r === n) return [checksum, maxFlips];
      const first = perm1[0];
      for (let i = 0; i < r; i++) perm1[i] = perm1[i + 1];
      perm1[r] = first;
      count[r]--;
      if (count[r] > 0) break;
      r++;
    }
    permCount++;
  }
}

const [checksum, maxFlips] = fannkuch(N);
console.log(`${checksum}\nPfannkuchen(${N}) = ${maxFlips}`);
