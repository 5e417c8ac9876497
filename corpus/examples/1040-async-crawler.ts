// Realistic: an async crawler over an in-memory site graph. Fetches pass a rate limiter (a burst of
// tokens, then one token per interval) and a concurrency cap of two workers per level; pages have
// simulated latency, a 5xx is retried once, and the crawl stops at a depth limit. The report keeps
// BFS discovery order, so it does not depend on which fetch finishes first.

type Page = { links: string[]; latency: number; status: number };
const SITE: Record<string, Page> = {
  "/": { links: ["/docs", "/blog", "/about"], latency: 3, status: 200 },
  "/docs": { links: ["/docs/install", "/docs/api", "/"], latency: 5, status: 200 },
  "/blog": { links: ["/blog/1", "/blog/2", "/missing"], latency: 2, status: 200 },
  "/about": { links: ["/team"], latency: 1, status: 200 },
  "/docs/install": { links: ["/docs/api"], latency: 4, status: 200 },
  "/docs/api": { links: ["/docs/api/v2"], latency: 6, status: 500 },
  "/blog/1": { links: ["/blog/2"], latency: 2, status: 200 },
  "/blog/2": { links: ["/blog/1", "/deep"], latency: 3, status: 200 },
  "/team": { links: [], latency: 2, status: 200 },
  "/deep": { links: ["/deeper"], latency: 1, status: 200 },
};
const flakyOnce = new Set(["/docs/api"]);

class RateLimiter {
  private tokens: number;
  private readonly waiting: Array<() => void> = [];
  private refilling = false;
  granted = 0;
  private readonly intervalMs: number;
  constructor(burst: number, intervalMs: number) {
    this.tokens = burst;
    this.intervalMs = intervalMs;
  }
  async acquire(): Promise<void> {
    this.granted++;
    if (this.tokens > 0) return void this.tokens--;
    const turn = new Promise<void>((r) => this.waiting.push(r));
    if (!this.refilling) this.refill();
    return turn;
  }
  private refill(): void {
    this.refilling = this.waiting.length > 0;
    if (this.refilling) setTimeout(() => (this.waiting.shift()!(), this.refill()), this.intervalMs);
  }
}

class FetchError extends Error {
  status: number;
  constructor(url: string, status: number) {
    super(`${url} -> HTTP ${status}`);
    this.status = status;
  }
}

async function fetchPage(url: string, limiter: RateLimiter): Promise<Page> {
  await limiter.acquire();
  const page = SITE[url];
  await new Promise((r) => setTimeout(r, page?.latency ?? 1));
  if (!page) throw new FetchError(url, 404);
  if (page.status === 500 && flakyOnce.delete(url)) throw new FetchError(url, 503);
  if (page.status !== 200) throw new FetchError(url, page.status);
  return page;
}

async function crawl(start: string, maxDepth: number) {
  const limiter = new RateLimiter(3, 2);
  const seen = new Set([start]);
  const results: Array<{ url: string; depth: number; outcome: string; links: string[] }> = [];
  const retries: string[] = [];
  for (let depth = 0, frontier = [start]; depth <= maxDepth && frontier.length > 0; depth++) {
    const level = frontier.map((url) => ({ url, depth, outcome: "", links: [] as string[] }));
    results.push(...level);
    let index = 0;
    const worker = async () => {
      for (let r = level[index++]; r; r = level[index++]) {
        const page = await fetchPage(r.url, limiter).catch(async (e: FetchError) => {
          if (e.status < 500) throw e;
          retries.push(`retry ${r.url} after ${e.message}`);
          return fetchPage(r.url, limiter);
        }).catch((e: Error) => e);
        if (page instanceof Error) r.outcome = `failed: ${page.message}`;
        else [r.outcome, r.links] = [`ok, ${page.links.length} link(s)`, page.links];
      }
    };
    await Promise.all([worker(), worker()]);
    frontier = level.flatMap((r) => r.links).filter((l) => !seen.has(l) && seen.add(l));
  }
  return { results, retries, fetches: limiter.granted };
}

const { results, retries, fetches } = await crawl("/", 3);
for (const r of results) console.log(`${"  ".repeat(r.depth)}${r.url} [depth ${r.depth}] ${r.outcome}`);
console.log(retries.join("\n"));
console.log(`crawled ${results.length} pages with ${fetches} fetches`);
