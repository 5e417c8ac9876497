// Top-level await in an ES module: the module body pauses at each await, timers and microtasks
// scheduled before run meanwhile, and code after the await sees their effects.

const log: string[] = [];
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

setTimeout(() => log.push("timer scheduled before the first await"), 0);
Promise.resolve().then(() => log.push("microtask scheduled before the first await"));

log.push("module start");
const config = await Promise.resolve({ retries: 2, name: "svc" });
log.push(`config loaded: ${config.name}`);

await sleep(5);
log.push("after sleep");

const results: number[] = [];
for (let i = 0; i < config.retries + 1; i++) {
  results.push(await new Promise<number>((r) => setImmediate(() => r(i * i))));
}
log.push(`results ${results.join(",")}`);

let failure = "";
try {
  await Promise.reject(new Error("top-level rejection caught"));
} catch (e) {
  failure = (e as Error).message;
}
log.push(failure);

const { ready = await Promise.resolve("default awaited") } = {} as { ready?: string };
log.push(ready);

for (const l of log) console.log(l);
