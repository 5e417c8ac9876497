// map/filter/reduce/reduceRight: chaining, index/array args, initial value presence, empty-array TypeError, accumulation order.
const xs = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(xs.map((x) => x * x));
console.log(xs.filter((x) => x % 2 === 0));
console.log(xs.reduce((a, b) => a + b), xs.reduce((a, b) => a + b, 100));
console.log(xs.map((x, i, arr) => x * i - arr.length));
console.log(xs.filter((x) => x > 3).map((x) => x / 2).reduce((a, b) => a * b, 1));

// reduce without initial value starts at index 1.
const calls: string[] = [];
[10, 20, 30].reduce((acc, v, i) => {
  calls.push(`acc=${acc} v=${v} i=${i}`);
  return acc + v;
});
console.log(calls);
calls.length = 0;
[10, 20, 30].reduceRight((acc, v, i) => {
  calls.push(`acc=${acc} v=${v} i=${i}`);
  return acc + v;
}, 0);
console.log(calls);

// Empty arrays.
console.log([].reduce((a: number, b: number) => a + b, 0), [5].reduce((a, b) => a + b));
for (const f of [() => ([] as number[]).reduce((a, b) => a + b), () => ([] as number[]).reduceRight((a, b) => a + b), () => [, ,].reduce((a) => a)]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// reduceRight for right-fold string building.
console.log(["a", "b", "c", "d"].reduceRight((acc, s) => acc + s));
console.log(["a", "b", "c"].reduce((acc, s) => `(${acc} ${s})`, "init"));
console.log(["a", "b", "c"].reduceRight((acc, s) => `(${s} ${acc})`, "init"));

// Building objects with reduce.
const words = ["apple", "bob", "cat", "avocado", "banana", "cherry", "apricot"];
const byLetter = words.reduce<Record<string, string[]>>((acc, w) => {
  (acc[w[0]] ??= []).push(w);
  return acc;
}, {});
console.log(byLetter);
const lengths = words.map((w) => w.length);
console.log(lengths, Math.max(...lengths), lengths.reduce((a, b) => Math.min(a, b)));

// map keeps length and returns undefined for missing returns.
console.log([1, 2, 3].map((x) => { if (x > 1) return x; }));
// filter coerces the return value to boolean.
console.log([0, 1, "", "a", null, NaN, [], {}].filter((x) => x));
console.log(["1", "2", "3"].map(Number), ["1", "2", "3"].map(parseInt), ["1.5", "x"].map(parseFloat));
