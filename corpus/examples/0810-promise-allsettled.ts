// Promise.allSettled never rejects: it reports each input's status with value or reason, in input
// order, and waits for the slowest input.

type Check = { host: string; ms: number; ok: boolean };

const checks: Check[] = [
  { host: "db", ms: 12, ok: true },
  { host: "cache", ms: 3, ok: false },
  { host: "queue", ms: 7, ok: true },
  { host: "search", ms: 1, ok: false },
];

const finishedAt: string[] = [];

function probe(c: Check): Promise<string> {
  return new Promise((resolve, reject) => {
    setTimeout(() => {
      finishedAt.push(c.host);
      if (c.ok) resolve(`${c.host} up`);
      else reject(new Error(`${c.host} down`));
    }, c.ms);
  });
}

async function main(): Promise<void> {
  const results = await Promise.allSettled(checks.map(probe));
  console.log("completion order:", finishedAt.join(", "));
  for (const [i, r] of results.entries()) {
    if (r.status === "fulfilled") console.log(`${checks[i].host}: ${r.status} -> ${r.value}`);
    else console.log(`${checks[i].host}: ${r.status} -> ${(r.reason as Error).message}`);
  }
  const up = results.filter((r) => r.status === "fulfilled").length;
  console.log(`healthy ${up}/${results.length}`);

  console.log(await Promise.allSettled([1, Promise.reject("no"), Promise.resolve({ a: 1 })]));
  console.log(await Promise.allSettled([]));
  const keys = Object.keys((await Promise.allSettled([Promise.reject(0)]))[0]);
  console.log("rejected entry keys:", keys);
}

main();
