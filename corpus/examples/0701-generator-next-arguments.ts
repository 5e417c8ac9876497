// Values sent with next(v) become the result of the suspended yield; the first next()'s argument
// is dropped (there is no yield waiting for it).
function* echo(): Generator<string, string, string> {
  const first = yield "ready";
  console.log("got", first);
  const second = yield `you said ${first}`;
  console.log("got", second);
  return `bye ${second}`;
}
const e = echo();
console.log(e.next("ignored"));
console.log(e.next("hello"));
console.log(e.next("world"));
console.log(e.next("after"));
function* accumulate(): Generator<number, never, number | undefined> {
  let total = 0;
  for (;;) {
    const n = yield total;
    if (n !== undefined) total += n;
  }
}
const acc = accumulate();
acc.next();
for (const n of [5, 10, undefined, -3]) console.log(acc.next(n).value);
function* pairs(): Generator<[number, unknown], void, unknown> {
  let i = 0;
  for (;;) {
    const got = yield [i, undefined];
    console.log("pair", i++, got);
    if (got === "stop") return;
  }
}
const p = pairs();
console.log(p.next(1).value, p.next(2).value, p.next({ k: 3 }).value, p.next("stop"), p.next());
