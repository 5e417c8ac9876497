// unref: an unref'd timer does not keep the process alive; ref() restores it; hasRef reports it.
// A heartbeat interval is unref'd, so the program ends when the real work is done.

const log: string[] = [];

const heartbeat = setInterval(() => log.push("heartbeat"), 4);
heartbeat.unref();
console.log("heartbeat hasRef:", heartbeat.hasRef());

const forgotten = setTimeout(() => console.log("unref'd 500ms timer: never printed"), 500);
console.log("unref returns the timer:", forgotten.unref() === forgotten, forgotten.hasRef());

const reRefd = setTimeout(() => {
  log.push("re-ref'd timer fired");
}, 12);
reRefd.unref();
reRefd.ref();
console.log("re-ref'd hasRef:", reRefd.hasRef());

const imm = setImmediate(() => log.push("unref'd immediate still runs while loop is alive"));
imm.unref();

let steps = 0;
function work(): void {
  steps++;
  if (steps < 3) setTimeout(work, 5);
  else setTimeout(() => {
    console.log("work done after", steps, "steps");
    console.log("saw heartbeat:", log.includes("heartbeat"));
    console.log(log.filter((l) => l !== "heartbeat"));
  }, 5);
}
work();
process.on("exit", (code) => console.log("exit", code));
