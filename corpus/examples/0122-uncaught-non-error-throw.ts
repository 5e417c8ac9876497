// Tests an uncaught throw of a plain object at the end of the program: inspected value on stderr, exit code 1.
const summary = { processed: 3, failed: 1 };
console.log("summary", summary);
process.exitCode = 5;
throw { reason: "plain object thrown", details: [1, 2, 3], nested: { ok: false } };
