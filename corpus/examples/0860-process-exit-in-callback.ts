// process.exit() inside a timer callback ends the process at once: later timers, immediates,
// promise reactions and ticks queued before it never run; the exit event still fires.

const tasks = ["parse", "validate", "fatal", "report"];
process.on("exit", (code) => console.log(`exit handler: code ${code}`));

function step(i: number): void {
  const t = tasks[i];
  if (t === undefined) return;
  console.log(`step ${t}`);
  if (t === "fatal") {
    Promise.resolve().then(() => console.log("promise: never printed"));
    process.nextTick(() => console.log("tick: never printed"));
    setImmediate(() => console.log("immediate: never printed"));
    console.log("aborting with code 2");
    process.exit(2);
  }
  setTimeout(() => step(i + 1), 1);
}

setTimeout(() => step(0), 0);
setTimeout(() => console.log("late timer: never printed"), 200);
