// Benchmark (memory): one million generators suspended at the same time, each holding two numbers
// and a string across its yield; peak RSS is the figure to watch. Prints a checksum.
const COUNT = 1_000_000;

function* holder(a: number, b: number, label: string): Generator<number> {
  const tag = label + a;
  yield a + b;
  yield tag.length + b;
}

const live: Generator<number>[] = [];
let checksum = 0;
for (let i = 0; i < COUNT; i++) {
  const g = holder(i, i * 2, "g");
  checksum += g.next().value as number;
  live.push(g);
}
for (const g of live) checksum += g.next().value as number;
console.log(live.length, checksum);
