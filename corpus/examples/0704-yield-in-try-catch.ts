// A yield inside try/catch: throw() is caught by the generator, which keeps running and yields
// again; a rethrow from the catch block ends it.
function* resilient(): Generator<string, string, unknown> {
  let errors = 0;
  while (errors < 3) {
    try {
      const v = yield `waiting (errors: ${errors})`;
      console.log("received", v);
    } catch (e) {
      errors++;
      console.log("caught", e instanceof Error ? e.message : e);
      if (e === "fatal") throw new Error("giving up");
    }
  }
  return "too many errors";
}
const r = resilient();
console.log(r.next());
console.log(r.next("data"));
console.log(r.throw(new Error("oops")));
console.log(r.next("more"));
console.log(r.throw("second"));
console.log(r.throw("third"));
console.log(r.next());
const f = resilient();
f.next();
try {
  f.throw("fatal");
} catch (e) {
  console.log("outside caught", (e as Error).message);
}
console.log(f.next());
function* catchThenYield() {
  try {
    yield "in try";
  } catch (e) {
    yield `in catch: ${e}`;
    yield "still in catch";
  }
  yield "after try";
}
const c = catchThenYield();
console.log(c.next().value, c.throw("E").value, c.next().value, c.next().value, c.next().done);
