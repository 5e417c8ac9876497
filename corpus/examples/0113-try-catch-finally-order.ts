// Tests try/catch/finally execution order, nested handlers, rethrow, errors thrown inside catch and finally.
const log: string[] = [];
function step(s: string): void {
  log.push(s);
}
function run(label: string, f: () => void): void {
  log.length = 0;
  try {
    f();
    step("returned normally");
  } catch (e) {
    step(`escaped: ${e instanceof Error ? e.message : String(e)}`);
  }
  console.log(label.padEnd(14), log.join(" > "));
}
run("no throw", () => {
  try { step("try"); } catch { step("catch"); } finally { step("finally"); }
});
run("throw caught", () => {
  try { step("try"); throw new Error("e1"); } catch (e) { step("catch " + (e as Error).message); } finally { step("finally"); }
});
run("rethrow", () => {
  try { throw new Error("e2"); } catch (e) { step("catch"); throw e; } finally { step("finally"); }
});
run("catch throws", () => {
  try { throw new Error("first"); } catch { step("catch"); throw new Error("second"); } finally { step("finally"); }
});
run("finally throws", () => {
  try { throw new Error("lost"); } finally { step("finally"); throw new Error("from finally"); }
});
run("nested", () => {
  try {
    try { step("inner try"); throw new TypeError("inner"); } finally { step("inner finally"); }
  } catch (e) {
    step("outer catch " + (e as Error).name);
  } finally {
    step("outer finally");
  }
});
run("try-finally only", () => {
  try { step("try"); } finally { step("finally"); }
  step("after");
});
run("loop with finally", () => {
  for (let i = 0; i < 3; i++) {
    try {
      if (i === 1) continue;
      step("body" + i);
    } finally {
      step("fin" + i);
    }
  }
});
run("catch param scope", () => {
  const e = "outer";
  try { throw "inner"; } catch (e) { step(String(e)); }
  step(e);
});
let counter = 0;
function tick(): number {
  try {
    counter++;
    return counter;
  } finally {
    counter += 10;
  }
}
console.log(tick(), counter, tick(), counter);
