// Promise constructor and executor edge cases: a throwing executor rejects, a throw after resolve is
// ignored, only the first resolve/reject counts, resolving with itself is a TypeError.

function describe(label: string, p: Promise<unknown>): Promise<void> {
  return p.then(
    (v) => console.log(`${label}: fulfilled with ${JSON.stringify(v)}`),
    (e) => console.log(`${label}: rejected with ${e instanceof Error ? `${e.name}: ${e.message}` : String(e)}`),
  );
}

async function main(): Promise<void> {
  await describe("executor throws", new Promise(() => {
    throw new RangeError("bad input");
  }));
  await describe("throw after resolve", new Promise((resolve) => {
    resolve("kept");
    throw new Error("ignored");
  }));
  await describe("resolve twice", new Promise((resolve) => {
    resolve(1);
    resolve(2);
  }));
  await describe("reject then resolve", new Promise((resolve, reject) => {
    reject("first reason");
    resolve("too late");
  }));
  let selfResolve: (v: unknown) => void = () => {};
  const self: Promise<unknown> = new Promise((resolve) => {
    selfResolve = resolve;
  });
  selfResolve(self);
  await describe("resolve with itself", self);
  await describe("throw a string", new Promise(() => {
    throw "plain string";
  }));

  try {
    // @ts-expect-error -- calling the constructor without an executor
    new Promise(42);
  } catch (e) {
    console.log(`bad executor: ${(e as Error).name}: ${(e as Error).message}`);
  }
  try {
    // @ts-expect-error -- calling Promise without new
    Promise((r: () => void) => r());
  } catch (e) {
    console.log(`without new: ${(e as Error).name}: ${(e as Error).message}`);
  }
  let syncRan = false;
  const p = new Promise<void>((resolve) => {
    syncRan = true;
    resolve();
  });
  console.log(`executor ran synchronously: ${syncRan}`);
  await p;
}

main();
