// Arguments are evaluated (left to right) when the generator function is called; the body waits
// for the first next().
const log: string[] = [];
function arg(name: string): string {
  log.push(`evaluate ${name}`);
  return name;
}
function* g(a: string, b: string) {
  log.push(`body starts with ${a}, ${b}`);
  yield a + b;
}
const it = g(arg("first"), arg("second"));
log.push("generator created");
it.next();
console.log(log.splice(0));
function* withDefault(x = arg("default x"), y = arg(`default y after ${x}`)) {
  log.push("body");
  yield [x, y];
}
const d = withDefault(undefined, undefined);
log.push("created");
console.log(d.next().value, log.splice(0));
const obj = { *m(this: { tag: string }, v: string) { yield `${this.tag}:${v}`; } };
const target = { tag: "T", m: obj.m };
const mi = (log.push("callee"), target).m(arg("arg"));
console.log(log.splice(0), mi.next().value);
