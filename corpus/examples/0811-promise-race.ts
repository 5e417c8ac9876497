// Promise.race settles like its first input to settle, whether fulfilled or rejected; already
// settled inputs win by position; an empty race stays pending forever.

function after<T>(ms: number, value: T, fail = false): Promise<T> {
  return new Promise((resolve, reject) => setTimeout(() => (fail ? reject(new Error(String(value))) : resolve(value)), ms));
}

async function main(): Promise<void> {
  console.log("fastest wins:", await Promise.race([after(20, "slow"), after(5, "fast"), after(10, "medium")]));
  try {
    await Promise.race([after(15, "ok"), after(2, "boom", true)]);
  } catch (e) {
    console.log("first settles with rejection:", (e as Error).message);
  }
  console.log("settled input by position:", await Promise.race([Promise.resolve("first"), Promise.resolve("second")]));
  console.log("plain value beats pending:", await Promise.race([after(1, "timer"), "plain"]));
  console.log("rejection first in list:", await Promise.race([Promise.reject(new Error("r")), "v"]).catch((e: Error) => `caught ${e.message}`));

  const empty = Promise.race([]);
  console.log("empty race:", empty);
  const state = await Promise.race([empty.then(() => "settled"), after(5, "still pending")]);
  console.log(state);

  // Timeout wrapper: the losing timer is cleared so nothing is left behind.
  async function withTimeout<T>(p: Promise<T>, ms: number): Promise<T> {
    let timer: ReturnType<typeof setTimeout> | undefined;
    const timeout = new Promise<never>((_, reject) => {
      timer = setTimeout(() => reject(new Error(`timed out after ${ms}ms`)), ms);
    });
    try {
      return await Promise.race([p, timeout]);
    } finally {
      clearTimeout(timer);
    }
  }
  console.log(await withTimeout(after(3, "quick job"), 20));
  console.log(await withTimeout(after(40, "slow job"), 10).catch((e: Error) => e.message));
}

main();
