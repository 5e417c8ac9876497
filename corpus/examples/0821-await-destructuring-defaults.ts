// await in destructuring defaults, computed keys, spread and template expressions: defaults are only
// evaluated (and awaited) when the value is undefined, left to right.

const calls: string[] = [];
async function fetchDefault(name: string, value: number): Promise<number> {
  calls.push(name);
  await null;
  return value;
}

type Config = { port?: number; host?: string; retries?: number; nested?: { depth?: number } };

async function load(cfg: Config): Promise<string> {
  const {
    port = await fetchDefault("port", 8080),
    host = "localhost",
    retries = await fetchDefault("retries", 3),
    nested: { depth = await fetchDefault("depth", 1) } = {},
  } = cfg;
  return `${host}:${port} retries=${retries} depth=${depth}`;
}

async function main(): Promise<void> {
  console.log(await load({}), calls.splice(0));
  console.log(await load({ port: 1, retries: 0, nested: { depth: 5 } }), calls.splice(0));
  console.log(await load({ retries: undefined, nested: {} }), calls.splice(0));

  const [first = await fetchDefault("first", 10), , third = await fetchDefault("third", 30)] = [undefined, 2, null];
  console.log(first, third, calls.splice(0));

  const key = await Promise.resolve("dynamic");
  const obj = { [key]: await Promise.resolve(1), ...(await Promise.resolve({ spread: true })) };
  console.log(obj);
  console.log(`template ${await Promise.resolve("part")} and ${await fetchDefault("tpl", 2)}`);
  const sum = (await fetchDefault("left", 1)) + (await fetchDefault("right", 2));
  console.log(sum, calls.splice(0));
  let x: number | undefined;
  x ??= await fetchDefault("nullish", 9);
  x ||= await fetchDefault("never", 0);
  console.log(x, calls);
}

main();
