// Interop with a foreign promise-like class (a minimal deferred with its own then): native promises
// and await adopt it, Promise.all accepts it, and its callbacks run when it chooses.

type Callback<T> = { ok: (v: T) => void; fail: (e: unknown) => void };

class LegacyFuture<T> {
  private callbacks: Array<Callback<T>> = [];
  private settled: { ok: boolean; value: unknown } | undefined;
  thenCalls = 0;

  then(ok: (v: T) => void, fail: (e: unknown) => void): void {
    this.thenCalls++;
    if (this.settled) (this.settled.ok ? ok : fail)(this.settled.value as T);
    else this.callbacks.push({ ok, fail });
  }
  complete(value: T): void {
    this.settle(true, value);
  }
  fail(reason: unknown): void {
    this.settle(false, reason);
  }
  private settle(ok: boolean, value: unknown): void {
    if (this.settled) return;
    this.settled = { ok, value };
    for (const cb of this.callbacks.splice(0)) (ok ? cb.ok : cb.fail)(value as T);
  }
}

async function main(): Promise<void> {
  const f = new LegacyFuture<string>();
  setTimeout(() => f.complete("legacy value"), 2);
  console.log(await (f as unknown as PromiseLike<string>));
  console.log(await Promise.resolve(f as unknown as PromiseLike<string>), "then calls:", f.thenCalls);

  const bad = new LegacyFuture<number>();
  bad.fail(new Error("legacy failure"));
  bad.complete(1);
  try {
    await (bad as unknown as PromiseLike<number>);
  } catch (e) {
    console.log("caught:", (e as Error).message);
  }

  const futures = [1, 2, 3].map((n) => {
    const fu = new LegacyFuture<number>();
    setTimeout(() => fu.complete(n * 100), 4 - n);
    return fu as unknown as PromiseLike<number>;
  });
  console.log(await Promise.all(futures));
  const race = await Promise.race([f as unknown as PromiseLike<string>, Promise.resolve("native")]);
  console.log("race:", race);
}

main();
