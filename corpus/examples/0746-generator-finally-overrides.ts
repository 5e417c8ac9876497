// Completion values when finally blocks return or throw: they override return(), throw() and
// the body's own return, as in ordinary functions.
function* overrideReturn() {
  try {
    return "try";
  } finally {
    return "finally";
  }
}
console.log([...overrideReturn()], overrideReturn().next());
function* swallow() {
  try {
    yield 1;
  } finally {
    return "swallowed";
  }
}
const s = swallow();
s.next();
console.log(s.throw(new Error("lost")), s.next());
function* replaceError() {
  try {
    yield 1;
  } finally {
    throw new Error("replacement");
  }
}
const r = replaceError();
r.next();
try {
  r.throw(new Error("original"));
} catch (e) {
  console.log((e as Error).message);
}
function* yieldThenReturn() {
  try {
    yield "a";
  } finally {
    yield "cleanup";
    return "final";
  }
}
const y = yieldThenReturn();
console.log(y.next(), y.return("ignored?"), y.next(), y.next());
