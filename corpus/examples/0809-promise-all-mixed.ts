// Promise.all: results keep input order regardless of completion order, non-promises pass through,
// the first rejection wins, an empty iterable fulfils immediately, any iterable works.

function delay<T>(ms: number, value: T): Promise<T> {
  return new Promise((resolve) => setTimeout(() => resolve(value), ms));
}
function failAfter(ms: number, message: string): Promise<never> {
  return new Promise((_, reject) => setTimeout(() => reject(new Error(message)), ms));
}

async function main(): Promise<void> {
  const ordered = await Promise.all([delay(20, "slow"), delay(5, "fast"), "sync", Promise.resolve(4)]);
  console.log("ordered:", ordered);

  try {
    await Promise.all([delay(30, "never seen"), failAfter(10, "second fails"), failAfter(5, "first fails")]);
  } catch (e) {
    console.log("rejected with:", (e as Error).message);
  }

  console.log("empty:", await Promise.all([]));

  function* gen(): Generator<Promise<number> | number> {
    yield 1;
    yield Promise.resolve(2);
    yield delay(1, 3);
  }
  console.log("generator:", await Promise.all(gen()));
  console.log("set:", await Promise.all(new Set([delay(2, "a"), "b"])));
  console.log("string:", await Promise.all("hey"));

  try {
    // @ts-expect-error -- a number is not iterable
    await Promise.all(42);
  } catch (e) {
    console.log(`${(e as Error).name}: ${(e as Error).message}`);
  }

  // Work done by the losers still completes after the rejection is observed.
  const finished: string[] = [];
  await Promise.all([
    delay(15, "late").then((v) => finished.push(v)),
    failAfter(1, "early"),
  ]).catch((e: Error) => finished.push(`caught ${e.message}`));
  await delay(25, null);
  console.log("finished:", finished);
}

main();
