// Timeout and Immediate objects: their class names, methods chaining (ref/unref return this),
// refresh() restarting a timer, hasRef after firing, and clearing by the numeric primitive.
// Everything starts from a timer callback and only logs at the end, so deadlines stay ordered.

const order: string[] = [];

setTimeout(() => {
  const t = setTimeout(() => order.push("t fired"), 50);
  order.push(`${t.constructor.name} ${typeof t.refresh} ${typeof t[Symbol.toPrimitive]}`);
  order.push(`chain: ${t.unref().ref() === t} ${t.hasRef()}`);
  order.push(`primitive is an integer: ${typeof +t} ${Number.isInteger(+t)}`);

  const byId = setTimeout(() => order.push("cleared by id: never"), 5);
  clearTimeout(+byId as unknown as NodeJS.Timeout);

  const imm = setImmediate(() => order.push("immediate"));
  order.push(`${imm.constructor.name} ${imm.hasRef()} ${typeof (imm as unknown as { refresh?: unknown }).refresh}`);

  // A debounce-like refresh: every refresh pushes the idle deadline back by 12ms from now.
  let refreshes = 0;
  const idle = setTimeout(() => order.push(`idle after ${refreshes} refreshes`), 12);
  const keepAlive = setInterval(() => {
    if (++refreshes === 3) clearInterval(keepAlive);
    idle.refresh();
    order.push(`refresh ${refreshes}`);
  }, 6);

  const done = setTimeout(() => {
    order.push(`done hasRef after fire: ${done.hasRef()}`);
  }, 1);

  setTimeout(() => {
    for (const o of order) console.log(o);
  }, 80);
}, 0);
