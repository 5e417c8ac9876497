// How many microtask turns an await costs: a native promise or plain value takes one turn,
// a thenable object takes more (a job to call then, then the resolution). A ticker counts turns.

let turn = 0;
let running = true;
function ticker(): void {
  if (!running) return;
  turn++;
  Promise.resolve().then(ticker);
}

const thenable = {
  then(resolve: (v: string) => void): void {
    console.log(`  thenable.then called at turn ${turn}`);
    resolve("from thenable");
  },
};

async function measure(label: string, value: unknown): Promise<void> {
  const start = turn;
  const got = await value;
  console.log(`${label}: ${String(got)} after ${turn - start} turn(s)`);
}

async function main(): Promise<void> {
  Promise.resolve().then(ticker);
  await measure("plain value", 42);
  await measure("resolved promise", Promise.resolve("native"));
  await measure("thenable", thenable);
  await measure("async fn result", (async () => "async")());
  await measure("promise of thenable", Promise.resolve(thenable));
  running = false;
}

main().then(() => console.log("done"));
