// Tests rest parameters: empty rest, rest after fixed/default params, rest is a real array, and forwarding with spread.
function collect(first: string, ...rest: number[]): string {
  return `${first}|${rest.length}|${JSON.stringify(rest)}|${Array.isArray(rest)}`;
}
console.log(collect("a"), collect("b", 1), collect("c", 1, 2, 3));
function sum(...nums: number[]): number {
  return nums.reduce((acc, n) => acc + n, 0);
}
console.log(sum(), sum(1), sum(1, 2, 3, 4.5), sum(...[10, 20], 30, ...[]));
const maxOf = (...xs: number[]): number => (xs.length ? Math.max(...xs) : NaN);
console.log(maxOf(), maxOf(3, 9, -1));
function forward(label: string, ...args: unknown[]): string {
  return inner(...args) + ":" + label;
}
function inner(...args: unknown[]): string {
  return args.map((a) => typeof a).join(",");
}
console.log(forward("x", 1, "s", null, undefined, [], () => 0));
function mutateRest(...xs: number[]): number[] {
  xs.push(99);
  xs.sort((p, q) => q - p);
  return xs;
}
const input = [3, 1, 2];
console.log(mutateRest(...input), input);
function withDefaultThenRest(a = 10, ...more: string[]): string {
  return `${a}:${more.join("+")}`;
}
console.log(withDefaultThenRest(), withDefaultThenRest(undefined, "x", "y"), withDefaultThenRest(1));
function destructuredRest(...[a, b = "B", ...c]: string[]): string {
  return `${a}/${b}/${c.length}`;
}
console.log(destructuredRest(), destructuredRest("1"), destructuredRest("1", "2", "3", "4"));
const tupleRest = (head: number, ...tail: [string, boolean]): string => `${head}${tail[0]}${tail[1]}`;
console.log(tupleRest(1, "two", true));
function count(...items: unknown[]): number {
  return items.length;
}
console.log(count(...new Set([1, 1, 2])), count(..."hello"), count(...new Map([[1, 2]])), count(undefined, undefined));
const big: number[] = [];
for (let i = 0; i < 1000; i++) big.push(i);
console.log(sum(...big), count(...big));
