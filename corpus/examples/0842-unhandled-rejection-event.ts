// With an unhandledRejection listener the process does not crash: every unhandled reason is reported
// to it (in the order the rejections happened) and the program exits normally.

const reports: string[] = [];
process.on("unhandledRejection", (reason) => {
  const text = reason instanceof Error ? `${reason.name}: ${reason.message}` : `non-error ${JSON.stringify(reason)}`;
  reports.push(text);
});

async function risky(kind: string): Promise<string> {
  await null;
  switch (kind) {
    case "type":
      throw new TypeError("wrong type");
    case "value":
      throw { code: 42 };
    case "string":
      return Promise.reject("just a string");
    default:
      return `fine: ${kind}`;
  }
}

for (const kind of ["ok", "type", "value", "string", "later"]) {
  risky(kind).then((v) => console.log(v));
}

setTimeout(() => {
  void Promise.reject(new Error("from a timer"));
}, 2);

setTimeout(() => {
  console.log("reports:");
  for (const r of reports) console.log(`  ${r}`);
  process.exitCode = reports.length > 3 ? 0 : 2;
}, 10);
process.on("exit", (code) => console.log("exiting with", code));
