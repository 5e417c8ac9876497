// Composable async-generator stages (map, filter, take, batch) forming a lazy pipeline over a log
// stream: only as many source items are pulled as the consumer needs, and early exit closes stages.

const pulled: number[] = [];
const closed: string[] = [];

async function* source(lines: string[]): AsyncGenerator<string> {
  try {
    for (const [i, l] of lines.entries()) {
      await null;
      pulled.push(i);
      yield l;
    }
  } finally {
    closed.push("source");
  }
}

function map<A, B>(name: string, f: (a: A) => B | Promise<B>) {
  return async function* (src: AsyncIterable<A>): AsyncGenerator<B> {
    try {
      for await (const a of src) yield await f(a);
    } finally {
      closed.push(name);
    }
  };
}

function filter<A>(pred: (a: A) => boolean) {
  return async function* (src: AsyncIterable<A>): AsyncGenerator<A> {
    for await (const a of src) if (pred(a)) yield a;
  };
}

async function* take<A>(n: number, src: AsyncIterable<A>): AsyncGenerator<A> {
  if (n <= 0) return;
  for await (const a of src) {
    yield a;
    if (--n === 0) return;
  }
}

type Entry = { level: string; msg: string };
const LOG = ["INFO boot", "WARN disk 80%", "INFO ready", "ERROR db timeout", "WARN disk 91%", "ERROR db down", "INFO bye"];

async function main(): Promise<void> {
  const parse = map<string, Entry>("parse", (l) => {
    const [level, ...rest] = l.split(" ");
    return { level, msg: rest.join(" ") };
  });
  const fmt = map<Entry, string>("format", async (e) => `[${e.level.toLowerCase()}] ${e.msg}`);
  const important = filter<Entry>((e) => e.level !== "INFO");

  for await (const line of take(3, fmt(important(parse(source(LOG)))))) console.log(line);
  console.log("pulled source items:", pulled);
  console.log("closed:", closed);
}

main();
