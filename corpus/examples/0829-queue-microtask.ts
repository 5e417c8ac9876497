// queueMicrotask shares the promise job queue: jobs run in FIFO order with promise reactions, and
// microtasks queued from microtasks run before any timer or nextTick queued meanwhile from them.

const order: string[] = [];

function batchWrites(): (key: string, value: number) => void {
  const pending = new Map<string, number>();
  let scheduled = false;
  return (key, value) => {
    pending.set(key, value);
    if (scheduled) return;
    scheduled = true;
    queueMicrotask(() => {
      scheduled = false;
      order.push(`flush ${[...pending].map(([k, v]) => `${k}=${v}`).join(" ")}`);
      pending.clear();
    });
  };
}

setTimeout(() => {
  const write = batchWrites();
  write("a", 1);
  write("b", 2);
  write("a", 3);
  Promise.resolve().then(() => order.push("promise after first flush was queued"));
  queueMicrotask(() => {
    order.push("microtask 2");
    write("c", 4);
    process.nextTick(() => order.push("nextTick from microtask"));
    queueMicrotask(() => order.push("nested microtask"));
  });
  process.nextTick(() => order.push("nextTick"));
  setTimeout(() => {
    for (const o of order) console.log(o);
  }, 0);
  order.push("sync end");
}, 0);

try {
  // @ts-expect-error -- queueMicrotask needs a function
  queueMicrotask("nope");
} catch (e) {
  console.log(`${(e as Error).name}: ${(e as { code?: string }).code}`);
}
