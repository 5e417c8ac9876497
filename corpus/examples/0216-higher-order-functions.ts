// Tests higher-order functions: compose/pipe, map/filter/reduce pipelines, functions returning functions, callbacks with index.
const compose = <T>(...fns: Array<(x: T) => T>) => (x: T): T => fns.reduceRight((acc, f) => f(acc), x);
const pipe = <T>(...fns: Array<(x: T) => T>) => (x: T): T => fns.reduce((acc, f) => f(acc), x);
const inc = (n: number): number => n + 1;
const dbl = (n: number): number => n * 2;
const sq = (n: number): number => n * n;
console.log(compose(inc, dbl, sq)(3), pipe(inc, dbl, sq)(3), compose<number>()(5), pipe(sq)(-4));
const words = ["apple", "Banana", "cherry", "date", "Elderberry", "fig", "grape"];
const result = words
  .filter((w) => w.length > 3)
  .map((w) => w.toLowerCase())
  .map((w, i) => `${i}:${w}`)
  .reduce((acc: string[], w) => (acc.length < 4 ? [...acc, w] : acc), []);
console.log(result);
const groupBy = <T>(xs: T[], key: (x: T) => string): Record<string, T[]> =>
  xs.reduce((acc: Record<string, T[]>, x) => {
    (acc[key(x)] ??= []).push(x);
    return acc;
  }, {});
console.log(groupBy(words, (w) => String(w.length)));
console.log(groupBy([1, 2, 3, 4, 5, 6, 7], (n) => (n % 3 === 0 ? "fizz" : "other")));
function times(n: number, f: (i: number) => void): void {
  for (let i = 0; i < n; i++) f(i);
}
const squares: number[] = [];
times(6, (i) => squares.push(i * i));
console.log(squares);
const not = <A extends unknown[]>(pred: (...a: A) => boolean) => (...a: A): boolean => !pred(...a);
const isEven = (n: number): boolean => n % 2 === 0;
console.log([1, 2, 3, 4, 5].filter(not(isEven)), [1, 2, 3, 4].every(not(not(isEven))));
const tap = <T>(f: (x: T) => void) => (x: T): T => {
  f(x);
  return x;
};
const seen: number[] = [];
console.log([3, 1, 2].map(tap((x) => seen.push(x))).sort(), seen);
const zipWith = <A, B, C>(f: (a: A, b: B) => C, as: A[], bs: B[]): C[] => as.slice(0, Math.min(as.length, bs.length)).map((a, i) => f(a, bs[i]));
console.log(zipWith((a: number, b: string) => b.repeat(a), [1, 2, 3], ["a", "b", "c", "d"]));
const callbacksSeeArgs: string[] = [];
["x", "y"].forEach(function (this: unknown, v, i, arr) {
  callbacksSeeArgs.push(`${v}${i}${arr.length}${this === undefined}`);
});
console.log(callbacksSeeArgs, ["1", "2", "3"].map(Number), ["a", "b"].map((s) => s.charCodeAt(0)));
console.log([[1, 2], [3], []].flatMap((x) => x.map(dbl)), [1, 2, 3].reduceRight((acc, x) => acc + x, ""));
