// Async generator request queue: several next() calls made without awaiting are queued and served
// in order, each after the previous yield; a return() queued behind them waits its turn.

const log: string[] = [];

async function* slowNumbers(): AsyncGenerator<number, string> {
  try {
    for (let i = 1; i <= 5; i++) {
      log.push(`producing ${i}`);
      await new Promise((r) => setTimeout(r, 2));
      yield i;
    }
    return "exhausted";
  } finally {
    log.push("generator finally");
  }
}

async function main(): Promise<void> {
  const g = slowNumbers();
  const requests = [g.next(), g.next(), g.next(), g.return("cancelled"), g.next()];
  log.push(`queued ${requests.length} requests`);
  requests.forEach((p, i) => p.then((r) => log.push(`request ${i}: ${JSON.stringify(r)}`)));
  await Promise.all(requests);
  for (const l of log) console.log(l);

  // A generator that is still running rejects nothing: requests simply wait.
  const g2 = (async function* () {
    yield await new Promise<string>((r) => setTimeout(() => r("slow first"), 3));
    yield "fast second";
  })();
  const [a, b, c] = await Promise.all([g2.next(), g2.next(), g2.next()]);
  console.log(a, b, c);
}

main();
