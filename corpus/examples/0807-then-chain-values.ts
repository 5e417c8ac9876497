// Values flowing through a then chain: handler results become the next value, non-function
// arguments pass values and reasons through, returned promises and thenables are adopted.

type Step = { name: string; value: unknown };
const trail: Step[] = [];

function record(name: string) {
  return (value: unknown) => {
    trail.push({ name, value });
    return value;
  };
}

Promise.resolve(1)
  .then((v) => v + 1)
  .then(record("after +1"))
  // @ts-expect-error -- non-function arguments are ignored at run time
  .then(null, 5)
  .then(record("after null handler"))
  .then((v) => Promise.resolve((v as number) * 10))
  .then(record("adopted promise"))
  .then((v) => ({ then(ok: (x: unknown) => void) { ok(`thenable(${String(v)})`); } }))
  .then(record("adopted thenable"))
  .then(() => {
    throw new TypeError("broken step");
  })
  .then(record("skipped on rejection"))
  .then(undefined, (e: Error) => `recovered from ${e.name}`)
  .then(record("recovered"))
  .then(() => undefined)
  .then(record("undefined result"))
  .then(() => {
    console.log(trail.map((s) => `${s.name} -> ${JSON.stringify(s.value)}`).join("\n"));
  });

// Several handlers on one promise run in registration order and each gets the same value.
const shared = Promise.resolve("shared");
shared.then((v) => console.log(`first handler got ${v}`));
shared.then((v) => console.log(`second handler got ${v}`));
const derived = shared.then(() => "derived");
console.log(`then returns a new promise: ${derived !== shared}`);
