// yield* delegates to any iterable: arrays, strings, Sets, Maps, other generators; its value
// is the delegate's return value.
function* inner(): Generator<string, string, unknown> {
  yield "i1";
  yield "i2";
  return "inner result";
}
function* outer() {
  yield "start";
  const r = yield* inner();
  console.log("inner returned", r);
  yield* [1, 2];
  yield* "hé";
  yield* new Set(["s"]);
  yield* new Map([["k", "v"]]);
  const fromArray = yield* [];
  console.log("array delegate returns", fromArray);
  yield "end";
}
console.log([...outer()]);
function* countdown(n: number): Generator<number, void, unknown> {
  if (n < 0) return;
  yield n;
  yield* countdown(n - 1);
}
console.log([...countdown(5)]);
function* flatten(xs: unknown[]): Generator<unknown, void, unknown> {
  for (const x of xs) {
    if (Array.isArray(x)) yield* flatten(x);
    else yield x;
  }
}
console.log([...flatten([1, [2, [3, [4, [5]]]], 6, [[7]]])]);
function* sends(): Generator<string, void, string> {
  const a = yield "a?";
  const b = yield "b?";
  console.log("inner received", a, b);
}
function* relay(): Generator<string, void, string> {
  yield* sends();
}
const rl = relay();
console.log(rl.next("x").value, rl.next("first").value, rl.next("second"));
