// Thenable adoption: any object with a callable `then` is adopted; `then` is called in a later job
// with fresh resolve/reject functions; only its first call counts; a throwing `then` getter or body
// rejects; non-callable `then` values make the object a plain value.

const log: string[] = [];

const eager = {
  then(resolve: (v: string) => void, reject: (e: unknown) => void) {
    log.push("eager.then called");
    resolve("first");
    resolve("second");
    reject(new Error("ignored"));
    throw new Error("also ignored");
  },
};

const throwing = {
  then() {
    throw new Error("then threw");
  },
};

const getterThrows = Object.defineProperty({}, "then", {
  get() {
    log.push("then getter read");
    throw new Error("getter threw");
  },
});

const notCallable = { then: 42, label: "plain object" };

async function settle(name: string, value: unknown): Promise<void> {
  try {
    const v = await value;
    log.push(`${name}: fulfilled ${JSON.stringify(v)}`);
  } catch (e) {
    log.push(`${name}: rejected ${(e as Error).message}`);
  }
}

async function main(): Promise<void> {
  const p = Promise.resolve(eager);
  log.push("Promise.resolve returned");
  await p;
  await settle("throwing", throwing);
  await settle("getter", getterThrows);
  await settle("not callable", notCallable);
  await settle("nested", { then: (r: (v: unknown) => void) => r({ then: (r2: (v: string) => void) => r2("deep") }) });
  await settle("later", { then: (r: (v: string) => void) => setTimeout(() => r("from timer"), 2) });
  for (const line of log) console.log(line);
}

main();
