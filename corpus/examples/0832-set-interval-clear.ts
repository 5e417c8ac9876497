// setInterval repeats until cleared (also from inside its own callback); clearTimeout and
// clearInterval are interchangeable; clearing an unknown or already fired timer is harmless.

const log: string[] = [];
let ticks = 0;

const poller = setInterval(() => {
  ticks++;
  log.push(`poll ${ticks}`);
  if (ticks === 4) {
    clearInterval(poller);
    log.push("poller stopped");
  }
}, 30);

const cancelled = setTimeout(() => log.push("never runs"), 16);
setTimeout(() => {
  clearTimeout(cancelled);
  log.push("cancelled the 16ms timer at 8ms");
}, 8);

let otherTicks = 0;
const other = setInterval(() => {
  log.push("other interval");
  if (++otherTicks === 2) {
    clearTimeout(other);
    log.push("interval cleared with clearTimeout");
  }
}, 10);

const once = setTimeout(() => log.push("once fired"), 2);
setTimeout(() => {
  clearTimeout(once);
  clearInterval(undefined);
  clearTimeout(null as unknown as undefined);
  clearInterval(12345 as unknown as undefined);
  log.push("cleared stale handles");
}, 4);

setTimeout(() => {
  for (const l of log) console.log(l);
  console.log("ticks:", ticks);
}, 200);
