// An async mutex serialises critical sections that await inside: without it, concurrent
// read-modify-write on a shared account loses updates; with it, every deposit lands.

class Mutex {
  private tail: Promise<void> = Promise.resolve();

  async lock(): Promise<() => void> {
    let release!: () => void;
    const next = new Promise<void>((r) => (release = r));
    const previous = this.tail;
    this.tail = previous.then(() => next);
    await previous;
    return release;
  }

  async runExclusive<T>(fn: () => Promise<T>): Promise<T> {
    const release = await this.lock();
    try {
      return await fn();
    } finally {
      release();
    }
  }
}

const pause = () => new Promise<void>((r) => setImmediate(r));

class Account {
  balance = 0;
  history: string[] = [];
  async deposit(who: string, amount: number): Promise<void> {
    const current = this.balance;
    await pause();
    this.balance = current + amount;
    this.history.push(`${who}+${amount}=${this.balance}`);
  }
}

async function main(): Promise<void> {
  const unsafe = new Account();
  await Promise.all([["ann", 10], ["bob", 20], ["cy", 30]].map(([w, a]) => unsafe.deposit(w as string, a as number)));
  console.log("without mutex:", unsafe.balance, unsafe.history);

  const safe = new Account();
  const mutex = new Mutex();
  await Promise.all([["ann", 10], ["bob", 20], ["cy", 30]].map(([w, a]) => mutex.runExclusive(() => safe.deposit(w as string, a as number))));
  console.log("with mutex:", safe.balance, safe.history);

  const failing = await mutex.runExclusive(async () => {
    throw new Error("section failed");
  }).catch((e: Error) => e.message);
  const after = await mutex.runExclusive(async () => "lock released after failure");
  console.log(failing, "|", after);
}

main();
