// await inside try, catch and finally: finally runs after the awaited work, its own awaits delay
// completion, a return in finally overrides, and resources are released in reverse order.

const log: string[] = [];
const tick = () => new Promise<void>((r) => setTimeout(r, 1));

class Resource {
  readonly name: string;
  constructor(name: string) {
    this.name = name;
    log.push(`open ${name}`);
  }
  async close(): Promise<void> {
    await tick();
    log.push(`close ${this.name}`);
  }
}

async function useTwo(fail: boolean): Promise<string> {
  const a = new Resource("a");
  try {
    const b = new Resource("b");
    try {
      await tick();
      if (fail) throw new Error("work failed");
      return "work ok";
    } finally {
      await b.close();
    }
  } catch (e) {
    log.push(`caught ${(e as Error).message}`);
    await tick();
    return "recovered";
  } finally {
    await a.close();
    log.push("outer finally done");
  }
}

async function overriding(): Promise<string> {
  try {
    await tick();
    throw new Error("lost");
  } finally {
    // eslint-disable-next-line no-unsafe-finally
    return "finally wins";
  }
}

async function main(): Promise<void> {
  log.push(`result: ${await useTwo(false)}`);
  log.push(`result: ${await useTwo(true)}`);
  log.push(`override: ${await overriding()}`);
  for (const line of log) console.log(line);
}

main();
