// A rejection is only "unhandled" if no handler is attached by the time the microtask queue drains:
// attaching catch later in the same job or in a later microtask is fine; the unhandledRejection
// and rejectionHandled events report the late cases.

const events: string[] = [];
process.on("unhandledRejection", (reason, p) => {
  events.push(`unhandledRejection: ${(reason as Error).message} (${p instanceof Promise})`);
});
process.on("rejectionHandled", (p) => {
  events.push(`rejectionHandled: ${p instanceof Promise}`);
});

const early = Promise.reject(new Error("handled synchronously"));
early.catch((e: Error) => events.push(`caught ${e.message}`));

const microLater = Promise.reject(new Error("handled in a microtask"));
queueMicrotask(() => {
  microLater.catch((e: Error) => events.push(`caught ${e.message}`));
});

const timerLater = Promise.reject(new Error("handled from a timer"));
setTimeout(() => {
  timerLater.catch((e: Error) => events.push(`caught ${e.message}`));
}, 5);

setTimeout(() => {
  for (const e of events) console.log(e);
}, 20);
