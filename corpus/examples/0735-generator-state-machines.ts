// Generators as coroutines: a traffic light cycling states, a turnstile driven by events sent
// with next(), and a round-robin scheduler interleaving tasks.
function* trafficLight(): Generator<string, never, unknown> {
  for (;;) {
    yield "green";
    yield "yellow";
    yield "red";
  }
}
const light = trafficLight();
console.log(Array.from({ length: 7 }, () => light.next().value).join(" -> "));
type Event = "coin" | "push";
function* turnstile(): Generator<string, void, Event> {
  let state: "locked" | "unlocked" = "locked";
  let coins = 0;
  while (true) {
    const ev: Event = yield `${state} (coins ${coins})`;
    if (ev === "coin") {
      coins++;
      state = "unlocked";
    } else if (state === "unlocked") {
      state = "locked";
    } else {
      console.log("  push while locked: ignored");
    }
  }
}
const t = turnstile();
console.log(t.next().value);
for (const ev of ["push", "coin", "push", "push", "coin", "coin"] as Event[]) console.log(ev, "=>", t.next(ev).value);
function* task(name: string, steps: number) {
  for (let i = 1; i <= steps; i++) yield `${name} step ${i}/${steps}`;
  return `${name} finished`;
}
function runAll(tasks: Generator<string, string>[]) {
  const queue = [...tasks];
  while (queue.length) {
    const current = queue.shift()!;
    const r = current.next();
    console.log(r.value);
    if (!r.done) queue.push(current);
  }
}
runAll([task("A", 2), task("B", 3), task("C", 1)]);
