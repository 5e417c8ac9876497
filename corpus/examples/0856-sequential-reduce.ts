// Running async steps strictly in sequence with reduce over a promise chain, versus a for...of with
// await; both give the same ordering, and a failing step stops the rest.

type Migration = { version: number; name: string; fails?: boolean };

const migrations: Migration[] = [
  { version: 1, name: "create users" },
  { version: 2, name: "add email index" },
  { version: 3, name: "split names", fails: true },
  { version: 4, name: "drop legacy" },
];

function apply(m: Migration, log: string[]): Promise<number> {
  log.push(`begin v${m.version} ${m.name}`);
  return new Promise((resolve, reject) =>
    setTimeout(() => {
      if (m.fails) return reject(new Error(`v${m.version} failed`));
      log.push(`commit v${m.version}`);
      resolve(m.version);
    }, (5 - m.version) * 4));
}

async function main(): Promise<void> {
  const log1: string[] = [];
  const viaReduce = migrations.reduce<Promise<number>>(
    (chain, m) => chain.then(() => apply(m, log1)),
    Promise.resolve(0),
  );
  const r1 = await viaReduce.catch((e: Error) => `stopped: ${e.message}`);
  console.log(r1, log1);

  const log2: string[] = [];
  let current = 0;
  try {
    for (const m of migrations) current = await apply(m, log2);
  } catch (e) {
    log2.push(`rollback to v${current} after ${(e as Error).message}`);
  }
  console.log(current, log2);

  const log3: string[] = [];
  const parallel = await Promise.allSettled(migrations.map((m) => apply(m, log3)));
  console.log(parallel.map((p) => p.status).join(","), log3);
}

main();
