// setImmediate: immediates queued in one check phase run in order, those queued from an immediate
// wait for the next loop turn, ticks and microtasks run between
// immediates, clearImmediate cancels, arguments are forwarded.

const order: string[] = [];

setTimeout(() => {
  const a = setImmediate((x: string, y: number) => {
    order.push(`immediate A(${x},${y})`);
    process.nextTick(() => order.push("tick after A"));
    Promise.resolve().then(() => order.push("promise after A"));
    setImmediate(() => order.push("immediate from A"));
  }, "arg", 2);
  const b = setImmediate(() => order.push("immediate B"));
  const c = setImmediate(() => order.push("immediate C (cleared)"));
  clearImmediate(c);
  order.push(`types: ${a.constructor.name} ${typeof b.hasRef} ${b.hasRef()}`);
}, 0);

setTimeout(() => {
  for (const o of order) console.log(o);
}, 20);
