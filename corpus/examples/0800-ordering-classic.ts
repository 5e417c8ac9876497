// Classic ordering puzzle at the top level of an ES module: synchronous code first, then the
// microtasks (the module body itself runs inside a job, so promise reactions queued here drain
// before the nextTick queue), then process.nextTick callbacks, then timers in deadline order.

const log: string[] = [];
function say(what: string): void {
  log.push(what);
  console.log(what);
}

say("script start");

setTimeout(() => say("timeout 0"), 0);
setTimeout(() => {
  say("timeout 5");
  console.log(`total events: ${log.length}`);
}, 5);

process.nextTick(() => say("nextTick 1"));

Promise.resolve()
  .then(() => say("promise 1"))
  .then(() => say("promise 2"));

queueMicrotask(() => say("microtask 1"));

process.nextTick(() => {
  say("nextTick 2");
  Promise.resolve().then(() => say("promise from nextTick"));
  process.nextTick(() => say("nextTick from nextTick"));
});

(async () => {
  say("async body (sync part)");
  await null;
  say("async after await");
})();

say("script end");
