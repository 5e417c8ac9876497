// throw(e) resumes the generator with an exception at the suspended yield: uncaught, it completes
// the generator and reaches the caller; before the first next() the body never runs.
function* g() {
  console.log("body runs");
  yield 1;
  yield 2;
}
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, "threw", e instanceof Error ? `${e.name}: ${e.message}` : e);
  }
}
const early = g();
attempt("throw before start", () => early.throw(new Error("early")));
attempt("then next", () => early.next());
const mid = g();
mid.next();
attempt("throw at yield", () => mid.throw(new TypeError("mid")));
attempt("after", () => mid.next());
const done = g();
[...done];
attempt("throw after done", () => done.throw("plain string"));
attempt("throw a number", () => g().throw(42));
attempt("throw undefined", () => { const x = g(); x.next(); return x.throw(undefined); });
