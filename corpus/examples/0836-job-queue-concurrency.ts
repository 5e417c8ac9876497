// A job queue with a concurrency limit: at most N jobs run at once, the next job starts as soon as a
// slot frees, results come back in submission order, and peak concurrency is tracked.

type Job<T> = () => Promise<T>;

class JobQueue {
  private running = 0;
  peak = 0;
  private readonly waiting: Array<() => void> = [];
  readonly limit: number;
  constructor(limit: number) {
    this.limit = limit;
  }

  async run<T>(job: Job<T>): Promise<T> {
    if (this.running >= this.limit) await new Promise<void>((r) => this.waiting.push(r));
    this.running++;
    this.peak = Math.max(this.peak, this.running);
    try {
      return await job();
    } finally {
      this.running--;
      this.waiting.shift()?.();
    }
  }
}

const log: string[] = [];
function task(name: string, ms: number, fail = false): Job<string> {
  return () => {
    log.push(`start ${name}`);
    return new Promise((resolve, reject) =>
      setTimeout(() => {
        log.push(`end ${name}`);
        if (fail) reject(new Error(`${name} failed`));
        else resolve(`${name}:${ms}`);
      }, ms));
  };
}

async function main(): Promise<void> {
  const q = new JobQueue(2);
  const specs: Array<[string, number, boolean?]> = [["a", 40], ["b", 4], ["c", 6, true], ["d", 2], ["e", 12]];
  const results = await Promise.allSettled(specs.map(([n, ms, f]) => q.run(task(n, ms, f))));
  console.log(log.join("\n"));
  console.log(results.map((r) => (r.status === "fulfilled" ? r.value : `!${(r.reason as Error).message}`)));
  console.log("peak concurrency:", q.peak);
}

main();
