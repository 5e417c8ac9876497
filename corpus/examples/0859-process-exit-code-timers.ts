// process.exitCode set early does not stop pending timers and promises; the process runs until the
// loop is empty, the beforeExit event can schedule more work once, and the code is used at exit.

let beforeExitRuns = 0;
process.on("beforeExit", (code) => {
  beforeExitRuns++;
  console.log(`beforeExit #${beforeExitRuns} with code ${code}`);
  if (beforeExitRuns === 1) {
    setTimeout(() => {
      console.log("extra work scheduled from beforeExit");
      process.exitCode = 4;
    }, 2);
  }
});
process.on("exit", (code) => {
  console.log(`exit event with code ${code}`);
  setTimeout(() => console.log("timer in exit handler: never runs"), 0);
});

process.exitCode = 3;
console.log("exitCode set to", process.exitCode);

(async () => {
  await new Promise((r) => setImmediate(r));
  console.log("async work after an immediate");
  setTimeout(() => console.log("pending timer still runs"), 3);
})();
