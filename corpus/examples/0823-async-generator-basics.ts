// Async generators: next() returns promises of iterator results, await and yield mix freely,
// yielded promises are awaited, return ends the sequence with done: true.

async function* countdown(from: number): AsyncGenerator<number, string, undefined> {
  for (let i = from; i > 0; i--) {
    await new Promise((r) => setTimeout(r, 1));
    yield i;
  }
  return "liftoff";
}

async function* echo(): AsyncGenerator<string, void, string> {
  let received = yield "ready";
  while (received !== "stop") {
    received = yield `echo:${received}`;
  }
}

async function* yieldsPromises(): AsyncGenerator<number> {
  yield Promise.resolve(1);
  yield 2;
  yield new Promise<number>((r) => setTimeout(() => r(3), 2));
}

async function main(): Promise<void> {
  const gen = countdown(3);
  console.log(Object.prototype.toString.call(gen), typeof gen[Symbol.asyncIterator]);
  const first = gen.next();
  console.log("next() gives", first);
  console.log(await first);
  console.log(await gen.next(), await gen.next(), await gen.next());
  console.log(await gen.next());

  const e = echo();
  for (const msg of ["", "hello", "world", "stop"]) {
    console.log(await e.next(msg));
  }

  const collected: number[] = [];
  for await (const n of yieldsPromises()) collected.push(n);
  console.log(collected);
}

main();
