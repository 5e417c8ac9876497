// A promise cache deduplicates concurrent requests for the same key: the loader runs once per key,
// every caller gets the same result, failures are evicted so a later call retries.

class AsyncCache<K, V> {
  private readonly entries = new Map<K, Promise<V>>();
  loads = 0;
  private readonly loader: (key: K) => Promise<V>;
  constructor(loader: (key: K) => Promise<V>) {
    this.loader = loader;
  }

  get(key: K): Promise<V> {
    let p = this.entries.get(key);
    if (!p) {
      this.loads++;
      p = this.loader(key);
      this.entries.set(key, p);
      p.catch(() => this.entries.delete(key));
    }
    return p;
  }
}

let flaky = true;
const calls: string[] = [];
const cache = new AsyncCache<string, number>(async (word) => {
  calls.push(word);
  await new Promise((r) => setTimeout(r, 2));
  if (word === "flaky" && flaky) {
    flaky = false;
    throw new Error("backend hiccup");
  }
  return word.length;
});

async function main(): Promise<void> {
  const words = ["alpha", "beta", "alpha", "gamma", "beta", "alpha"];
  const lengths = await Promise.all(words.map((w) => cache.get(w)));
  console.log(lengths, "loads:", cache.loads, "calls:", calls);
  console.log("same promise:", cache.get("alpha") === cache.get("alpha"));

  const first = await Promise.allSettled([cache.get("flaky"), cache.get("flaky")]);
  console.log(first.map((r) => (r.status === "fulfilled" ? r.value : (r.reason as Error).message)));
  await null;
  console.log("retry:", await cache.get("flaky"), "loads:", cache.loads);
}

main();
