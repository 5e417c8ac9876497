// Promise.try runs a function synchronously and wraps its outcome: a return value fulfils, a throw
// rejects instead of escaping, a returned promise is adopted, extra arguments are passed through.

function parsePort(text: string): number {
  const n = Number(text);
  if (!Number.isInteger(n) || n < 1 || n > 65535) throw new RangeError(`invalid port "${text}"`);
  return n;
}

async function lookup(host: string, port: number): Promise<string> {
  await null;
  if (host === "") throw new Error("empty host");
  return `${host}:${port}`;
}

const order: string[] = [];

async function main(): Promise<void> {
  order.push("before try");
  const p = Promise.try(() => {
    order.push("callback runs synchronously");
    return 1;
  });
  order.push("after try");
  await p;
  console.log(order.join(" / "));

  for (const text of ["8080", "0", "http"]) {
    const result = await Promise.try(parsePort, text).then(
      (n) => `port ${n}`,
      (e: Error) => `${e.name}: ${e.message}`,
    );
    console.log(result);
  }

  console.log(await Promise.try(lookup, "example.test", 443));
  console.log(await Promise.try(lookup, "", 1).catch((e: Error) => `lookup failed: ${e.message}`));
  console.log(await Promise.try((a: number, b: number, c: number) => a + b + c, 1, 2, 3));
  console.log(await Promise.try(() => { throw "not an error"; }).catch((e: unknown) => `caught ${typeof e}: ${String(e)}`));
}

main();
