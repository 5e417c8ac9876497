// throw() while delegating: forwarded to the inner iterator's throw(); an inner generator can
// catch it; an inner iterator without throw() is closed and V8 throws a TypeError.
function* catching() {
  for (let i = 0; ; i++) {
    try {
      yield `inner ${i}`;
    } catch (e) {
      console.log("inner caught", e);
      if (e === "last") return "inner done";
    }
  }
}
function* outer() {
  const r = yield* catching();
  console.log("delegation result", r);
  yield "outer continues";
}
const g = outer();
console.log(g.next().value, g.throw("first").value, g.throw("last").value, g.next());
function* notCatching() { yield 1; }
function* outer2() {
  try {
    yield* notCatching();
  } catch (e) {
    console.log("outer caught", e);
    yield "recovered";
  }
}
const g2 = outer2();
g2.next();
console.log(g2.throw("E"), g2.next());
let closed = false;
const noThrow = {
  [Symbol.iterator]() { return this; },
  next() { return { value: "v", done: false }; },
  return() { closed = true; return { value: undefined, done: true }; },
};
function* outer3() { yield* noThrow; }
const g3 = outer3();
g3.next();
try {
  g3.throw(new Error("x"));
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message, "closed:", closed);
}
console.log(g3.next());
