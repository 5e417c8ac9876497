// Array destructuring and spread: skipping, defaults (only for undefined), rest, swapping, nested patterns, spreading iterables.
const [a, , b, ...rest] = [1, 2, 3, 4, 5];
console.log(a, b, rest);
const [x = 10, y = 20, z = 30] = [undefined, null, 0] as (number | null | undefined)[];
console.log(x, y, z);
const [p, q] = [1] as number[];
console.log(p, q);
const [[n1, n2], [n3 = "d"] = []] = [[1, 2]] as [[number, number], [string?]?];
console.log(n1, n2, n3);
const [first, ...others] = "héllo";
console.log(first, others);
const [m1, m2] = new Map([["k", 1], ["j", 2]]);
console.log(m1, m2);
const [s1, s2, s3] = new Set(["only"]);
console.log(s1, s2, s3);

// Swapping and rotating.
let i = 1;
let j = 2;
[i, j] = [j, i];
console.log(i, j);
const arr = [1, 2, 3];
[arr[0], arr[1], arr[2]] = [arr[2], arr[0], arr[1]];
console.log(arr);

// Default expressions are evaluated only when needed, in order.
const log: string[] = [];
const d = (v: string) => (log.push(v), v);
const [d1 = d("first"), d2 = d("second"), d3 = d1 + d2] = ["given"];
console.log(d1, d2, d3, log);

// Spread into arrays and calls.
const parts = [3, 1, 2];
console.log([0, ...parts, 4], Math.max(...parts), Math.min(...[], 5), [..."abc"], [...new Set("aabbc")]);
function sum3(u: number, v: number, w: number): number {
  return u + v + w;
}
console.log(sum3(...(parts as [number, number, number])));
console.log([...[1, , 3]], [...[], ...[]], [...[[1]]][0] === [...[[1]]][0]);

// Rest parameters collect arguments as a real array.
function collect(head: string, ...tail: unknown[]): string {
  return `${head}|${tail.length}|${Array.isArray(tail)}|${JSON.stringify(tail)}`;
}
console.log(collect("h"), collect("h", 1, undefined, [2]));

// Spreading non-iterables throws.
for (const bad of [null, 5, { length: 1 }]) {
  try {
    console.log([...(bad as unknown as number[])]);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
try {
  const [u] = null as unknown as number[];
  console.log(u);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
