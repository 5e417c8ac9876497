// A generator that re-enters itself (next/return/throw from inside its own body) gets V8's
// TypeError "Generator is already running"; caught inside, the generator keeps going.
let self: Generator<string, void, unknown>;
function* reentrant(): Generator<string, void, unknown> {
  for (const op of ["next", "return", "throw"] as const) {
    try {
      self[op](undefined as never);
    } catch (e) {
      yield `${op}: ${(e as Error).name}: ${(e as Error).message}`;
    }
  }
}
self = reentrant();
for (const line of self) console.log(line);
let g2: Generator<number>;
function* uncaught(): Generator<number> {
  yield 1;
  g2.next();
}
g2 = uncaught();
console.log(g2.next());
try {
  g2.next();
} catch (e) {
  console.log("outside:", (e as Error).message);
}
console.log(g2.next());
