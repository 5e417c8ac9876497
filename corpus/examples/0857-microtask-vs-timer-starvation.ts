// Microtasks run to completion before the loop moves on: a long chain of promise reactions or
// nextTicks started before a timer delays it, while chains that yield with setImmediate let each
// other in between steps.

const events: string[] = [];
function report(): void {
  for (const e of events) console.log(e);
}

function microChain(n: number, label: string): Promise<void> {
  let p = Promise.resolve();
  for (let i = 1; i <= n; i++) p = p.then(() => { if (i % 250 === 0) events.push(`${label} step ${i}`); });
  return p.then(() => events.push(`${label} done`)).then(() => {});
}

async function yieldingChain(label: string, n: number): Promise<void> {
  for (let i = 1; i <= n; i++) {
    await new Promise((r) => setImmediate(r));
    events.push(`${label} step ${i}`);
  }
}

setTimeout(() => {
  setTimeout(() => events.push("timer A (0ms)"), 0);
  microChain(1000, "micro");
  let ticks = 0;
  const spin = () => { if (++ticks < 500) process.nextTick(spin); else events.push(`nextTick spin finished ${ticks}`); };
  process.nextTick(spin);
  setTimeout(() => {
    events.push("--- phase 2");
    // Two chains that yield to the loop with setImmediate interleave step by step.
    Promise.all([yieldingChain("left", 3), yieldingChain("right", 2)]).then(() => {
      setTimeout(report, 5);
    });
  }, 5);
}, 0);
