// catch and finally: finally sees no argument, passes the value or reason through unchanged, but
// a throw or rejected promise inside finally replaces the outcome.

async function outcome(label: string, p: Promise<unknown>): Promise<void> {
  try {
    console.log(`${label}: value ${JSON.stringify(await p)}`);
  } catch (e) {
    console.log(`${label}: reason ${e instanceof Error ? e.message : JSON.stringify(e)}`);
  }
}

async function main(): Promise<void> {
  await outcome("value through finally", Promise.resolve("v").finally(() => "ignored"));
  await outcome("reason through finally", Promise.reject(new Error("r")).finally(() => "ignored"));
  await outcome("finally throws", Promise.resolve("v").finally(() => {
    throw new Error("from finally");
  }));
  await outcome("finally rejects", Promise.reject(new Error("orig")).finally(() => Promise.reject(new Error("replaced"))));
  await outcome("finally waits", Promise.resolve("slow").finally(() => new Promise((r) => setTimeout(r, 5))));
  await outcome("catch recovers", Promise.reject(new Error("x")).catch((e: Error) => `handled ${e.message}`));
  await outcome("catch rethrows", Promise.reject(new Error("x")).catch((e: Error) => {
    throw new Error(`wrapped ${e.message}`);
  }));
  await outcome("catch skipped", Promise.resolve(7).catch(() => -1));
  await outcome("non-error reason", Promise.reject({ code: 404 }).finally(() => {}));

  const args: number[] = [];
  await Promise.resolve(1).finally((...a: unknown[]) => args.push(a.length));
  await Promise.reject(2).catch(() => {}).finally((...a: unknown[]) => args.push(a.length));
  console.log(`finally argument counts: ${args.join(",")}`);

  // Order: catch and finally handlers on the same chain run in sequence.
  const seen: string[] = [];
  await Promise.reject(new Error("e"))
    .finally(() => seen.push("finally 1"))
    .catch(() => seen.push("catch"))
    .finally(() => seen.push("finally 2"))
    .then(() => seen.push("then"));
  console.log(seen.join(" -> "));
}

main();
