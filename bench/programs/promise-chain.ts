// Benchmark: one million sequential awaits in an async function, each awaiting the previous step's
// promise-returning helper, then a promise chain of one million .then links. Prints the sums.
const N = 1_000_000;

async function step(i: number): Promise<number> {
  return i & 7;
}

async function sequential(n: number): Promise<number> {
  let sum = 0;
  for (let i = 0; i < n; i++) sum += await step(i);
  return sum;
}

function chain(n: number): Promise<number> {
  let p = Promise.resolve(0);
  for (let i = 0; i < n; i++) p = p.then((v) => v + (i & 3));
  return p;
}

sequential(N).then(async (a) => console.log(a, await chain(N)));
