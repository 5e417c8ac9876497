// await inside loops: sequential awaits in for, for-of, while and do-while take turns one at a time,
// while mapping to promises first runs the work concurrently. A shared log shows interleaving.

const log: string[] = [];
function work(name: string, ms: number): Promise<string> {
  log.push(`start ${name}`);
  return new Promise((resolve) =>
    setTimeout(() => {
      log.push(`end ${name}`);
      resolve(name.toUpperCase());
    }, ms));
}

async function sequential(names: string[]): Promise<string[]> {
  const out: string[] = [];
  for (const n of names) out.push(await work(n, 3));
  return out;
}

async function concurrent(names: string[]): Promise<string[]> {
  return Promise.all(names.map((n, i) => work(n, 9 - i * 3)));
}

async function main(): Promise<void> {
  console.log(await sequential(["a", "b", "c"]));
  console.log(log.splice(0).join(", "));
  console.log(await concurrent(["x", "y", "z"]));
  console.log(log.splice(0).join(", "));

  let attempts = 0;
  while ((await Promise.resolve(++attempts)) < 4) log.push(`while ${attempts}`);
  do {
    log.push(`do ${attempts}`);
  } while (await Promise.resolve(--attempts) > 2);
  for (let i = 0; i < 3; i++) {
    if (i === 1) continue;
    log.push(`for ${i}:${await Promise.resolve(i * i)}`);
  }
  label: for (const x of [1, 2, 3]) {
    for (const y of [1, 2, 3]) {
      if (await Promise.resolve(x * y === 4)) break label;
      log.push(`${x}x${y}`);
    }
  }
  console.log(log.join(", "));
}

main();
