// The same puzzle scheduled from inside a timer callback, where the order of a new setTimeout(0)
// and a setImmediate is deterministic: the check phase (immediates) follows the timers phase.
// Inside a callback, the nextTick queue drains before promise reactions.

function round(label: string, done: () => void): void {
  console.log(`${label}: start`);
  setTimeout(() => {
    console.log(`${label}: timeout`);
    done();
  }, 0);
  setImmediate(() => console.log(`${label}: immediate`));
  process.nextTick(() => console.log(`${label}: nextTick`));
  Promise.resolve().then(() => console.log(`${label}: promise`));
  queueMicrotask(() => console.log(`${label}: queueMicrotask`));
  console.log(`${label}: end`);
}

setTimeout(() => {
  round("A", () => {
    // Round B starts from inside A's timeout callback, so it is again in the timers phase.
    round("B", () => console.log("all rounds done"));
  });
}, 0);
