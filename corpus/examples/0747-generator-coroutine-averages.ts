// Coroutines fed with next(v): a running average, a line assembler that yields complete lines
// from chunks, and a grep-like filter chain of push-based generators.
function* runningAverage(): Generator<number, never, number> {
  let sum = 0;
  let count = 0;
  let avg = NaN;
  for (;;) {
    sum += yield avg;
    count++;
    avg = sum / count;
  }
}
const avg = runningAverage();
avg.next();
for (const v of [10, 20, 60, 10]) console.log(avg.next(v).value);
function* lines(): Generator<string[], void, string> {
  let buffer = "";
  let ready: string[] = [];
  for (;;) {
    const chunk = yield ready;
    buffer += chunk;
    const parts = buffer.split("\n");
    buffer = parts.pop()!;
    ready = parts;
  }
}
const ln = lines();
ln.next();
for (const chunk of ["hel", "lo\nwor", "ld\n\nlast", " line\n"]) console.log(JSON.stringify(ln.next(chunk).value));
function* grep(pattern: string, target: Generator<unknown, void, string>): Generator<undefined, void, string> {
  target.next();
  for (;;) {
    const line = yield;
    if (line.includes(pattern)) target.next(line);
  }
}
function* printer(prefix: string): Generator<undefined, void, string> {
  for (;;) console.log(prefix, yield);
}
const chain = grep("o", grep("r", printer(">")));
chain.next();
for (const w of ["one", "two", "four", "three", "zero", "ratio"]) chain.next(w);
