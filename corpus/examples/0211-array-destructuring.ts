// Tests array destructuring in declarations and assignments: holes, defaults (only for undefined), rest, nesting, swaps.
const [a, b, c] = [1, 2, 3];
const [, second, , fourth] = [10, 20, 30, 40, 50];
const [x = "dx", y = "dy", z = "dz"] = [undefined, null, 0] as unknown[];
console.log(a, b, c, second, fourth, x, y, z);
const [first, ...rest] = "hello";
console.log(first, rest);
const [p, [q, [r, s = "deep-default"]]] = [1, [2, [3]]] as [number, [number, [number, string?]]];
console.log(p, q, r, s);
const [only] = [] as number[];
const [h1, h2] = [, "two"];
console.log(only, h1, h2);
let m = 1;
let n = 2;
[m, n] = [n, m];
console.log(m, n);
const arr = [1, 2, 3];
[arr[2], arr[0]] = [arr[0], arr[2]];
console.log(arr);
const obj: { k?: number; j?: number } = {};
[obj.k, obj.j = 99] = [7];
console.log(obj);
const [...copy] = arr;
copy.push(4);
console.log(copy, arr);
const [u, v] = new Set(["s1", "s2", "s3"]);
const [[mk, mv]] = new Map([["key", "val"]]);
console.log(u, v, mk, mv);
let count = 0;
const [d1 = ++count, d2 = ++count, d3 = ++count] = [5, undefined];
console.log(d1, d2, d3, count);
const [e1, e2 = e1 * 2] = [21];
console.log(e1, e2);
let t1: number, t2: number[];
[t1, ...t2] = [9, 8, 7];
console.log(t1, t2);
const fnResult = (): [string, number] => ["tuple", 42];
const [label, value] = fnResult();
console.log(label, value);
const [, , ...afterTwo] = [1, 2, 3, 4, 5];
console.log(afterTwo);
try {
  const [bad] = null as unknown as number[];
  console.log(bad);
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
