// An unhandled rejection with a non-Error reason: Node wraps it in an UnhandledPromiseRejection
// error naming the reason, prints it on stderr and exits with code 1 after the current microtasks.

const statuses = ["ok", "ok", "quota exceeded"];

function check(i: number): Promise<string> {
  return new Promise((resolve, reject) => {
    const s = statuses[i];
    if (s === "ok") resolve(`check ${i} passed`);
    else reject(s);
  });
}

console.log("running checks");
for (let i = 0; i < statuses.length; i++) {
  const p = check(i);
  if (i < 2) p.then((m) => console.log(m));
}
Promise.resolve().then(() => console.log("microtask before the crash"));
process.nextTick(() => console.log("nextTick before the crash"));
setTimeout(() => console.log("never printed"), 0);
