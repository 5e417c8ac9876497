// Promise.withResolvers returns a promise with its resolve and reject functions: a deferred used
// here to hand requests over to a worker that answers later from a timer.

type Request = { id: number; payload: string };

class Mailbox {
  private waiting: Array<{ req: Request; resolve: (v: string) => void; reject: (e: Error) => void }> = [];
  private nextId = 1;

  send(payload: string): Promise<string> {
    const { promise, resolve, reject } = Promise.withResolvers<string>();
    this.waiting.push({ req: { id: this.nextId++, payload }, resolve, reject });
    return promise;
  }

  drain(): number {
    const batch = this.waiting.splice(0);
    for (const { req, resolve, reject } of batch) {
      if (req.payload === "") reject(new Error(`request ${req.id} is empty`));
      else resolve(`#${req.id}:${req.payload.toUpperCase()}`);
    }
    return batch.length;
  }
}

const box = new Mailbox();
const replies = ["alpha", "", "gamma"].map((p) =>
  box.send(p).then((r) => `ok ${r}`, (e: Error) => `err ${e.message}`));

setTimeout(() => {
  console.log("drained", box.drain());
}, 2);

Promise.all(replies).then((lines) => {
  for (const line of lines) console.log(line);
  const d = Promise.withResolvers<number>();
  console.log("keys:", Object.keys(d).join(","));
  console.log("pending:", d.promise);
  d.resolve(1);
  d.resolve(2);
  d.reject(new Error("ignored"));
  return d.promise;
}).then((v) => console.log("settled once with", v));
