// Retries on timers: a flaky job is retried with exponential backoff up to a limit; each attempt
// and wait is logged with a virtual clock advanced by the backoff, and the final outcome reported.

const failuresLeft = new Map<string, number>([["fetch-users", 2], ["fetch-orders", 5], ["fetch-config", 0]]);
const log: string[] = [];

async function attempt(name: string): Promise<string> {
  await new Promise((r) => setTimeout(r, 1));
  const left = failuresLeft.get(name) ?? 0;
  if (left > 0) {
    failuresLeft.set(name, left - 1);
    throw new Error(`${name}: transient error (${left} left)`);
  }
  return `${name}: ok`;
}

async function withRetry<T>(name: string, fn: () => Promise<T>, maxAttempts: number, baseMs: number): Promise<T> {
  let waited = 0;
  for (let i = 1; ; i++) {
    try {
      const v = await fn();
      log.push(`${name} succeeded on attempt ${i} after ${waited}ms of backoff`);
      return v;
    } catch (e) {
      log.push(`${name} attempt ${i} failed: ${(e as Error).message}`);
      if (i === maxAttempts) throw new Error(`${name} gave up after ${i} attempts`, { cause: e });
      const backoff = baseMs * 2 ** (i - 1);
      waited += backoff;
      await new Promise((r) => setTimeout(r, backoff));
    }
  }
}

async function main(): Promise<void> {
  const names = [...failuresLeft.keys()];
  const outcomes = await Promise.allSettled(names.map((n) => withRetry(n, () => attempt(n), 4, 2)));
  // Log lines from concurrent retries interleave by timer order; sort per job for a stable report.
  for (const n of names) for (const l of log.filter((x) => x.startsWith(n))) console.log(l);
  for (const o of outcomes) {
    if (o.status === "fulfilled") console.log("result:", o.value);
    else console.log("error:", (o.reason as Error).message, "| cause:", ((o.reason as Error).cause as Error).message);
  }
}

main();
