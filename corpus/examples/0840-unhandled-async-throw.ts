// A throw inside an async function nobody awaits: the sync part runs, later awaits continue until
// the throw, then the rejection is reported as unhandled (stderr, exit code 1) after microtasks drain.

type Order = { id: number; items: string[] };

async function validate(order: Order): Promise<void> {
  console.log(`validating order ${order.id}`);
  await null;
  if (order.items.length === 0) throw new RangeError(`order ${order.id} has no items`);
  console.log(`order ${order.id} ok`);
}

async function processAll(orders: Order[]): Promise<void> {
  for (const o of orders) {
    await validate(o);
  }
  console.log("all processed");
}

setImmediate(() => console.log("immediate: never printed"));
processAll([
  { id: 1, items: ["pen"] },
  { id: 2, items: [] },
  { id: 3, items: ["ink"] },
]);
console.log("processing started");
