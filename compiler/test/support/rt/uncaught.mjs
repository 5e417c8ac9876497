const p = (v) => process.stdout.write(String(v) + "\n");
const v = process.argv[2];
p("before");
if (v === "error") throw new Error("boom");
if (v === "type-error") ({}).missing.x;
if (v === "number") throw 42;
if (v === "string") throw "x";
if (v === "null") throw null;
if (v === "symbol") throw Symbol("s");
if (v === "exit-code") process.exitCode = 5;
if (v === "process-exit") { process.exitCode = 9; process.exit(7); }
if (v === "stack-overflow") { const recurse = (n) => recurse(n + 1) + 1; recurse(0); }
p("after");
