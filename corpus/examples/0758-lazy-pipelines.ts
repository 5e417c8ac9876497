// Laziness: each helper pulls one item at a time, callbacks run interleaved across the pipeline,
// and nothing runs before the first next().
const trace: string[] = [];
function counted(limit: number) {
  let i = 0;
  return Iterator.from({ next: () => { i++; trace.push(`pull ${i}`); return { value: i, done: i > limit }; } });
}
const pipeline = counted(100)
  .map((x) => { trace.push(`map ${x}`); return x * 3; })
  .filter((x) => { trace.push(`filter ${x}`); return x % 2 === 0; })
  .take(2);
console.log("built", trace.length);
console.log(pipeline.toArray());
console.log(trace.join(" | "));
trace.length = 0;
const words = ["lorem ipsum dolor", "sit amet", "consectetur adipiscing elit"];
const firstLong = words.values()
  .flatMap((line) => { trace.push(`split ${line}`); return line.split(" "); })
  .find((w) => w.length > 5);
console.log(firstLong, trace);
// An infinite source is fine when the pipeline is bounded.
let k = 0;
const naturals = Iterator.from({ next: () => ({ value: k++, done: false }) });
console.log(naturals.filter((x) => x % 7 === 3).map((x) => x * x).take(5).toArray());
console.log(naturals.drop(10).take(3).toArray(), k);
let candidate = 1;
const isPrime = (n: number) => { for (let d = 2; d * d <= n; d++) if (n % d === 0) return false; return true; };
const primes = Iterator.from({ next: () => { do candidate++; while (!isPrime(candidate)); return { value: candidate, done: false }; } });
console.log(primes.take(15).toArray());
