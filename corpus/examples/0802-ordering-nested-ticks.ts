// Nested scheduling: ticks queued from promise reactions and reactions queued from ticks.
// Each callback logs its path so the interleaving of the two queues is visible.

let step = 0;
function mark(path: string): void {
  console.log(`${String(++step).padStart(2, "0")} ${path}`);
}

function fanOut(path: string, depth: number): void {
  mark(path);
  if (depth === 0) return;
  process.nextTick(() => fanOut(`${path}>tick`, depth - 1));
  Promise.resolve().then(() => fanOut(`${path}>then`, depth - 1));
}

setTimeout(() => {
  mark("timer start");
  fanOut("root", 2);
  setTimeout(() => mark("second timer"), 0);
  setImmediate(() => {
    mark("immediate");
    process.nextTick(() => mark("immediate>tick"));
    Promise.resolve().then(() => mark("immediate>then"));
  });
  mark("timer end");
}, 0);
