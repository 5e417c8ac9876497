// return() and throw() on async generators: finally blocks run (and may await), a catch inside
// the generator can resume it, calls on a finished generator settle immediately.

const log: string[] = [];

async function* stream(name: string): AsyncGenerator<number, string, unknown> {
  try {
    for (let i = 1; ; i++) {
      try {
        yield i;
      } catch (e) {
        log.push(`${name} caught ${(e as Error).message} at ${i}`);
        if (i >= 2) throw new Error(`${name} gives up`);
      }
    }
  } finally {
    await new Promise((r) => setTimeout(r, 1));
    log.push(`${name} cleanup`);
  }
}

async function main(): Promise<void> {
  const a = stream("a");
  log.push(JSON.stringify(await a.next()));
  log.push(JSON.stringify(await a.return("early")));
  log.push(JSON.stringify(await a.next()));

  const b = stream("b");
  log.push(JSON.stringify(await b.next()));
  log.push(JSON.stringify(await b.throw(new Error("first"))));
  log.push(JSON.stringify(await b.throw(new Error("second")).catch((e: Error) => e.message)));
  log.push(JSON.stringify(await b.next()));

  const c = stream("c");
  log.push(`throw before start: ${await c.throw(new Error("early")).catch((e: Error) => e.message)}`);
  log.push(`return before start: ${JSON.stringify(await stream("d").return("x"))}`);
  log.push(`return a promise: ${JSON.stringify(await stream("e").return(Promise.resolve("awaited") as never))}`);
  for (const line of log) console.log(line);
}

main();
