// Nested try/catch/finally with yields in each part, exceptions thrown from finally, and a
// return inside try that the finally observes.
const log: string[] = [];
function* complex(mode: string): Generator<string, string, unknown> {
  try {
    try {
      yield "t1";
      if (mode === "throw-inner") throw new Error("inner");
      if (mode === "return-inner") return "returned from inner try";
      yield "t2";
    } catch (e) {
      log.push(`catch ${(e as Error).message}`);
      yield "in catch";
    } finally {
      log.push("finally 1");
      yield "in finally 1";
    }
    yield "between";
  } finally {
    log.push("finally 2");
    if (mode === "throw-finally") throw new Error("from finally 2");
  }
  return "end";
}
for (const mode of ["normal", "throw-inner", "return-inner", "throw-finally"]) {
  const seen: unknown[] = [];
  try {
    const g = complex(mode);
    for (let r = g.next(); ; r = g.next()) {
      seen.push(r.value);
      if (r.done) break;
    }
  } catch (e) {
    seen.push(`threw ${(e as Error).message}`);
  }
  console.log(mode, seen, log.splice(0));
}
const g = complex("normal");
g.next();
console.log(g.throw(new Error("sent")), log.splice(0));
console.log(g.return("R"), log.splice(0));
console.log(g.next(), g.next(), log.splice(0));
