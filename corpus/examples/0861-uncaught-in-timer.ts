// An exception thrown inside a timer callback is uncaught: output so far stays, the error goes to
// stderr with exit code 1, and nothing scheduled afterwards runs.

type Task = { name: string; run: () => string };

const schedule: Task[] = [
  { name: "warm cache", run: () => "warmed 12 entries" },
  { name: "rotate logs", run: () => "rotated 3 files" },
  { name: "compact db", run: () => { throw new Error("compaction failed: disk full"); } },
  { name: "send report", run: () => "sent" },
];

setImmediate(() => {
  console.log("scheduler started");
  schedule.forEach((task, i) => {
    setTimeout(() => {
      const result = task.run();
      console.log(`${task.name}: ${result}`);
      Promise.resolve().then(() => console.log(`  (acknowledged ${task.name})`));
    }, (i + 1) * 5);
  });
});
