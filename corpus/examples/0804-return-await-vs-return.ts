// `return promise` from an async function resolves the result with a promise (two extra turns),
// while `return await promise` awaits it first. Two racing chains reveal the difference.

const events: string[] = [];

async function direct(): Promise<string> {
  return Promise.resolve("direct");
}

async function awaited(): Promise<string> {
  return await Promise.resolve("awaited");
}

async function plain(): Promise<string> {
  return "plain";
}

function count(label: string, n: number): Promise<void> {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => void events.push(`${label}${i}`));
  return p;
}

async function main(): Promise<void> {
  const all = [
    direct().then((v) => void events.push(v)),
    awaited().then((v) => void events.push(v)),
    plain().then((v) => void events.push(v)),
    count("t", 5),
  ];
  await Promise.all(all);
  console.log(events.join(" "));

  // Errors: only `return await` inside try lets the catch see the rejection.
  async function guardedReturn(): Promise<string> {
    try {
      return Promise.reject(new Error("escaped"));
    } catch {
      return "caught (never)";
    }
  }
  async function guardedReturnAwait(): Promise<string> {
    try {
      return await Promise.reject(new Error("stopped"));
    } catch (e) {
      return `caught ${(e as Error).message}`;
    }
  }
  console.log(await guardedReturn().catch((e: Error) => `outer saw ${e.message}`));
  console.log(await guardedReturnAwait());
}

main();
