// Comptime folding: pure but call-heavy recursion (Ackermann, Takeuchi, McCarthy 91) — a folder with a fuel limit must fold small cases and bail on big ones.
function ackermann(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ackermann(m - 1, 1);
  return ackermann(m - 1, ackermann(m, n - 1));
}
let calls = 0;
function tak(x: number, y: number, z: number): number {
  calls++;
  return y < x ? tak(tak(x - 1, y, z), tak(y - 1, z, x), tak(z - 1, x, y)) : z;
}
const mc91 = (n: number): number => (n > 100 ? n - 10 : mc91(mc91(n + 11)));
const A23 = ackermann(2, 3);
const A33 = ackermann(3, 3);
const A35 = ackermann(3, 5);
console.log(A23, A33, A35, ackermann(0, 0), ackermann(1, 10), ackermann(2, 10));
const T = tak(18, 12, 6);
console.log(T, calls);
calls = 0;
console.log(tak(12, 8, 4), calls, tak(3, 2, 1), calls);
console.log([1, 50, 99, 100, 101, 150].map(mc91));
function hanoi(n: number, from: string, to: string, via: string, moves: string[]): string[] {
  if (n === 0) return moves;
  hanoi(n - 1, from, via, to, moves);
  moves.push(from + to);
  hanoi(n - 1, via, to, from, moves);
  return moves;
}
const H3 = hanoi(3, "A", "C", "B", []);
const H16 = hanoi(16, "A", "C", "B", []);
console.log(H3.join(" "), H16.length, H16.slice(-3), H16.filter((m) => m === "AC").length);
function partitions(n: number, max: number = n): number {
  if (n === 0) return 1;
  let total = 0;
  for (let k = Math.min(n, max); k >= 1; k--) total += partitions(n - k, k);
  return total;
}
console.log([5, 10, 20, 40].map((n) => partitions(n)));
