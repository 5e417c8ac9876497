// A generator runs nothing until the first next(); each next() runs to the following yield;
// the return value arrives with done: true, and a finished generator keeps answering done.
function* steps(): Generator<string, number, undefined> {
  console.log("started");
  yield "one";
  console.log("between");
  yield "two";
  console.log("ending");
  return 42;
}
const g = steps();
console.log("created");
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
console.log(g.next());
function* empty() {}
console.log(empty().next());
function* onlyReturn() { return "r"; }
const r = onlyReturn();
console.log(r.next(), r.next());
function* yieldsUndefined() { yield; yield undefined; }
console.log([...yieldsUndefined()], yieldsUndefined().next());
const a = steps(), b = steps();
console.log(a.next().value, b.next().value, a.next().value, a.next().done, b.next().value);
