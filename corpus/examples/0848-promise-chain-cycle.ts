// Cycles and self-resolution: a then handler returning its own promise rejects with a TypeError,
// an async function awaiting its own result never finishes (reported via a race with a timer),
// a thenable resolving with itself keeps being adopted until it resolves with a plain value.

async function main(): Promise<void> {
  const p: Promise<unknown> = Promise.resolve(1).then(() => p);
  try {
    await p;
  } catch (e) {
    console.log(`${(e as Error).constructor.name}: ${(e as Error).message}`);
  }

  let resolveA: (v: unknown) => void = () => {};
  let resolveB: (v: unknown) => void = () => {};
  const a = new Promise((r) => (resolveA = r));
  const b = new Promise((r) => (resolveB = r));
  resolveA(b);
  resolveB(a);
  const outcome = await Promise.race([a.then(() => "settled"), new Promise((r) => setTimeout(() => r("a<->b never settles"), 5))]);
  console.log(outcome);
  console.log(a, b);

  let self: Promise<string>;
  const selfAwait = async (): Promise<string> => {
    await null;
    return (await self) + "!";
  };
  self = selfAwait();
  console.log(await Promise.race([self, new Promise((r) => setTimeout(() => r("self-await deadlocked"), 5))]));

  let hops = 0;
  const counting = { then(r: (v: unknown) => void) { hops++; if (hops < 5) r(counting); else r(`after ${hops} hops`); } };
  console.log(await counting);
}

main();
