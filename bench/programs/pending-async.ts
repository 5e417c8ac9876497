// Benchmark (memory): 100,000 async functions pending at once, each awaiting one shared unresolved
// promise, then all resumed by resolving it. Prints how many finished and their sum.
const N = 100_000;
let release!: (v: number) => void;
const gate = new Promise<number>((r) => { release = r; });

async function worker(i: number): Promise<number> {
  const base = await gate;
  return base + (i % 10);
}

const all: Promise<number>[] = [];
for (let i = 0; i < N; i++) all.push(worker(i));
setTimeout(() => release(1), 1);
Promise.all(all).then((xs) => console.log(xs.length, xs.reduce((a, b) => a + b, 0)));
