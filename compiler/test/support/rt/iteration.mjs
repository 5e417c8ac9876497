const p = (v) => process.stdout.write(String(v) + "\n");
const t = (f) => { try { f(); } catch (e) { p("caught " + e.toString()); } };
const makeIterable = (withReturn) => {
  const o = {
    i: 0,
    next() { this.i++; return { value: this.i * 10, done: this.i > 3 }; },
  };
  if (withReturn) o.return = function () { p("return called"); return {}; };
  o[Symbol.iterator] = function () { return this; };
  return o;
};
const each = (iterable, stopAfter) => {
  let n = 0;
  for (const v of iterable) {
    p(v);
    if (++n === stopAfter) break;
  }
};
const arr = [1, 2];
arr[3] = 4;
each(arr, -1);
for (const v of arr) {
  p(v);
  if (arr.length < 6) arr.push(arr.length + 1);
}
each("a\u{1F600}b\ud800", -1);
each(makeIterable(true), -1);
each(makeIterable(true), 2);
each(makeIterable(false), 1);
const spread = [...makeIterable(false), ..."xy"];
p(spread.join(","));
try {
  for (const v of makeIterable(true)) throw new Error("inner");
} catch (e) {
  p(e.toString());
}
const br = makeIterable(false);
br.return = function () { return 5; };
t(() => each(br, 1));
const num = 5;
t(() => { for (const v of num); });
const u = undefined;
t(() => { for (const v of u); });
t(() => new Set({}));
t(() => new Set(5));
const weird = { [Symbol.iterator]() { return 5; } };
t(() => { for (const v of weird); });
