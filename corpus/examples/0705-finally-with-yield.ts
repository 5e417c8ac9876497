// A yield inside finally: return() runs the finally block, which yields again before the
// generator completes with the returned value.
function* guarded(): Generator<string, string, unknown> {
  try {
    yield "working 1";
    yield "working 2";
    return "normal end";
  } finally {
    console.log("finally starts");
    yield "cleanup step 1";
    yield "cleanup step 2";
    console.log("finally ends");
  }
}
const a = guarded();
console.log(a.next(), a.return("stopped"), a.next(), a.next(), a.next());
const b = guarded();
console.log([...b]);
const c = guarded();
c.next();
console.log(c.throw("boom?").value);
try {
  console.log(c.next(), c.next());
} catch (e) {
  console.log("rethrown after finally:", e);
}
const d = guarded();
d.next();
console.log(d.return("first").value, d.return("second"), d.next());
const e = guarded();
e.next();
e.return("x");
try {
  e.throw(new Error("inside finally"));
} catch (err) {
  console.log("thrown from the finally yield:", (err as Error).message);
}
console.log(e.next());
