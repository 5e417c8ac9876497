// for await at the top level of a module, consuming an async generator that throttles a stream of
// sensor readings into per-window averages.

type Reading = { sensor: string; value: number };

async function* readings(): AsyncGenerator<Reading> {
  const raw = [["t1", 20.5], ["t2", 19], ["t1", 21.5], ["t2", 18.5], ["t1", 22], ["t2", 20], ["t1", 23]] as const;
  for (const [sensor, value] of raw) {
    await new Promise((r) => setImmediate(r));
    yield { sensor, value };
  }
}

async function* windows<T>(source: AsyncIterable<T>, size: number): AsyncGenerator<T[]> {
  let batch: T[] = [];
  for await (const item of source) {
    batch.push(item);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}

let n = 0;
for await (const w of windows(readings(), 3)) {
  n++;
  const bySensor = new Map<string, number[]>();
  for (const r of w) bySensor.set(r.sensor, [...(bySensor.get(r.sensor) ?? []), r.value]);
  const parts = [...bySensor].map(([s, vs]) => `${s}=${(vs.reduce((a, b) => a + b, 0) / vs.length).toFixed(2)}`);
  console.log(`window ${n} (${w.length} readings): ${parts.join(" ")}`);
}
console.log("stream finished after", n, "windows");
