// Batching and windowing records with generators: fixed-size batches, sliding windows and
// grouping consecutive runs, over a generated data stream.
type Reading = { sensor: string; value: number };
function* readings(): Generator<Reading> {
  const sensors = ["a", "a", "b", "b", "b", "a", "c", "c"];
  for (let i = 0; i < sensors.length; i++) yield { sensor: sensors[i]!, value: (i * 7) % 10 };
}
function* batches<T>(src: Iterable<T>, size: number): Generator<T[]> {
  let batch: T[] = [];
  for (const x of src) {
    batch.push(x);
    if (batch.length === size) {
      yield batch;
      batch = [];
    }
  }
  if (batch.length > 0) yield batch;
}
function* windows<T>(src: Iterable<T>, size: number): Generator<T[]> {
  const win: T[] = [];
  for (const x of src) {
    win.push(x);
    if (win.length > size) win.shift();
    if (win.length === size) yield [...win];
  }
}
function* runs<T, K>(src: Iterable<T>, key: (x: T) => K): Generator<[K, T[]]> {
  let current: [K, T[]] | null = null;
  for (const x of src) {
    const k = key(x);
    if (current && current[0] === k) current[1].push(x);
    else {
      if (current) yield current;
      current = [k, [x]];
    }
  }
  if (current) yield current;
}
for (const b of batches(readings(), 3)) console.log("batch", b.map((r) => r.value));
for (const w of windows(readings(), 3)) console.log("avg", (w.reduce((s, r) => s + r.value, 0) / w.length).toFixed(2));
for (const [k, group] of runs(readings(), (r) => r.sensor)) console.log("run", k, group.length);
