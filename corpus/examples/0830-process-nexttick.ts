// process.nextTick: extra arguments are passed to the callback, ticks queued from ticks run in the
// same drain (before promise reactions when called from a callback), and a tick-driven loop finishes
// before any timer.

const order: string[] = [];

function emitLater(event: string, ...payload: number[]): void {
  process.nextTick((name: string, ...values: number[]) => {
    order.push(`${name}(${values.join(",")})`);
  }, event, ...payload);
}

function countDown(n: number): void {
  order.push(`count ${n}`);
  if (n > 0) process.nextTick(countDown, n - 1);
}

setTimeout(() => {
  emitLater("ready");
  emitLater("data", 1, 2, 3);
  Promise.resolve().then(() => order.push("promise 1"));
  countDown(3);
  process.nextTick(() => {
    order.push("tick queues promise");
    Promise.resolve().then(() => order.push("promise 2"));
  });
  setTimeout(() => order.push("timer"), 0);
  setImmediate(() => {
    for (const o of order) console.log(o);
    console.log("timer before immediate:", order.includes("timer"));
  });
}, 0);

try {
  // @ts-expect-error -- callback must be a function
  process.nextTick(123);
} catch (e) {
  console.log(`${(e as Error).name} [${(e as { code?: string }).code}]`);
}
