// Promise.resolve and Promise.reject with odd arguments: resolve adopts thenables (calling then in a
// later job), reject never unwraps (its reason may be a promise), and both work on subclass receivers.

const order: string[] = [];

const thenable = {
  then(onOk: (v: string) => void) {
    order.push("thenable.then runs");
    onOk("adopted");
  },
};

async function main(): Promise<void> {
  const p = Promise.resolve(thenable);
  order.push("after Promise.resolve(thenable)");
  order.push(`value: ${await p}`);

  const inner = Promise.resolve("inner value");
  const r = Promise.reject(inner);
  let reason: unknown;
  await r.catch((x: unknown) => {
    reason = x;
  });
  order.push(`reject keeps the promise as reason: ${reason === inner}`);
  order.push(`returning it from catch adopts it: ${await r.catch((x: unknown) => x)}`);

  const again = Promise.resolve(p);
  order.push(`Promise.resolve(promise) returns it: ${again === p}`);

  class Box<T> extends Promise<T> {}
  const boxed = Promise.resolve.call(Box, 5) as Promise<number>;
  order.push(`resolve on subclass receiver: ${boxed instanceof Box}`);
  order.push(`native resolve of a Box re-wraps it: ${Promise.resolve(boxed) !== boxed}`);

  try {
    Promise.resolve.call(42 as unknown as PromiseConstructor, 1);
  } catch (e) {
    order.push(`${(e as Error).name}: ${(e as Error).message}`);
  }
  const nullish = await Promise.all([Promise.resolve(null), Promise.resolve(undefined), Promise.resolve(0)]);
  order.push(`falsy values: ${JSON.stringify(nullish)}`);
  for (const o of order) console.log(o);
}

main();
