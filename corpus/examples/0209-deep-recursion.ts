// Tests recursion: 5000-frame linear recursion, mutual recursion, tree recursion (fib, Ackermann, Hanoi) and permutations.
function sumTo(n: number): number {
  return n === 0 ? 0 : n + sumTo(n - 1);
}
console.log(sumTo(5000), sumTo(1));
function depth(n: number, acc: string[]): number {
  if (n === 0) return acc.length;
  acc.push("x");
  return depth(n - 1, acc);
}
console.log(depth(5000, []));
function isEven(n: number): boolean {
  return n === 0 || isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n !== 0 && isEven(n - 1);
}
console.log(isEven(4000), isOdd(3001), isEven(7));
function fib(n: number): number {
  return n < 2 ? n : fib(n - 1) + fib(n - 2);
}
console.log([0, 1, 2, 10, 20, 25].map(fib));
function ack(m: number, n: number): number {
  if (m === 0) return n + 1;
  if (n === 0) return ack(m - 1, 1);
  return ack(m - 1, ack(m, n - 1));
}
console.log(ack(2, 3), ack(3, 3), ack(3, 5));
function hanoi(n: number, from: string, to: string, via: string, moves: string[]): void {
  if (n === 0) return;
  hanoi(n - 1, from, via, to, moves);
  moves.push(`${n}:${from}${to}`);
  hanoi(n - 1, via, to, from, moves);
}
const moves: string[] = [];
hanoi(4, "A", "C", "B", moves);
console.log(moves.length, moves.join(" "));
function permutations(xs: string[]): string[] {
  if (xs.length <= 1) return [xs.join("")];
  const out: string[] = [];
  xs.forEach((x, i) => {
    const rest = [...xs.slice(0, i), ...xs.slice(i + 1)];
    for (const p of permutations(rest)) out.push(x + p);
  });
  return out;
}
console.log(permutations(["a", "b", "c", "d"]));
function flatten(v: unknown): unknown[] {
  return Array.isArray(v) ? v.flatMap(flatten) : [v];
}
console.log(flatten([1, [2, [3, [4, [5, [6]]]]], 7]));
type Tree = { v: number; kids: Tree[] };
function build(d: number): Tree {
  return { v: d, kids: d === 0 ? [] : [build(d - 1), build(d - 1)] };
}
function count(t: Tree): number {
  return 1 + t.kids.reduce((s, k) => s + count(k), 0);
}
console.log(count(build(12)), build(2));
