// Combining several generators: round-robin interleaving, merging sorted streams, and
// concatenation with yield*, each closing the sources it leaves unfinished.
function* from(name: string, xs: number[]) {
  try {
    yield* xs;
  } finally {
    console.log(`${name} closed`);
  }
}
function* interleave<T>(...sources: Iterator<T>[]): Generator<T> {
  const active = [...sources];
  while (active.length) {
    for (let i = 0; i < active.length; ) {
      const r = active[i]!.next();
      if (r.done) active.splice(i, 1);
      else {
        yield r.value;
        i++;
      }
    }
  }
}
function* mergeSorted(a: Iterator<number>, b: Iterator<number>): Generator<number> {
  let x = a.next(), y = b.next();
  while (!x.done || !y.done) {
    if (y.done || (!x.done && x.value <= y.value)) {
      yield x.value as number;
      x = a.next();
    } else {
      yield y.value;
      y = b.next();
    }
  }
}
function* concat<T>(...sources: Iterable<T>[]) {
  for (const s of sources) yield* s;
}
console.log([...interleave(from("p", [1, 2, 3]), from("q", [10]), from("r", [100, 200]))]);
console.log([...mergeSorted(from("odd", [1, 3, 5, 7]), from("even", [2, 4, 6]))]);
console.log([...concat(from("c1", [1]), from("c2", [2, 3]))]);
for (const x of concat(from("early1", [1, 2]), from("early2", [3]))) if (x === 2) break;
