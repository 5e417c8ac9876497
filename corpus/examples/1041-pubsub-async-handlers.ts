// Realistic: an in-process pub/sub bus with async handlers. Topics support wildcards ("orders.*"),
// handlers of one message run concurrently but each subscriber processes its messages in order,
// a failing handler is retried then dead-lettered without affecting others, and publish() resolves
// with a delivery report once every handler finished.

type Message = { topic: string; payload: Record<string, unknown>; seq: number };
type Handler = (m: Message) => Promise<void>;
type Delivery = { subscriber: string; ok: boolean; attempts: number };

class Subscriber {
  private chain: Promise<unknown> = Promise.resolve();
  readonly name: string;
  readonly pattern: RegExp;
  readonly handler: Handler;
  constructor(name: string, pattern: string, handler: Handler) {
    this.name = name;
    this.pattern = new RegExp(`^${pattern.split(".").map((p) => (p === "*" ? "[^.]+" : p)).join("\\.")}$`);
    this.handler = handler;
  }

  /** Queues the message behind this subscriber's earlier messages, retrying once on failure. */
  deliver(m: Message, deadLetters: string[]): Promise<Delivery> {
    const run = async (): Promise<Delivery> => {
      for (let attempt = 1; ; attempt++) {
        try {
          await this.handler(m);
          return { subscriber: this.name, ok: true, attempts: attempt };
        } catch (e) {
          if (attempt === 2) {
            deadLetters.push(`#${m.seq} ${m.topic} @${this.name}: ${(e as Error).message}`);
            return { subscriber: this.name, ok: false, attempts: attempt };
          }
          await new Promise((r) => setTimeout(r, 1));
        }
      }
    };
    const result = this.chain.then(run);
    this.chain = result;
    return result;
  }
}

class Bus {
  private subs: Subscriber[] = [];
  private seq = 0;
  readonly deadLetters: string[] = [];

  subscribe(name: string, pattern: string, handler: Handler): () => void {
    const s = new Subscriber(name, pattern, handler);
    this.subs.push(s);
    return () => {
      this.subs = this.subs.filter((x) => x !== s);
    };
  }

  async publish(topic: string, payload: Record<string, unknown>): Promise<string> {
    const m: Message = { topic, payload, seq: ++this.seq };
    const targets = this.subs.filter((s) => s.pattern.test(topic));
    const report = await Promise.all(targets.map((s) => s.deliver(m, this.deadLetters)));
    const parts = report.map((d) => `${d.subscriber}:${d.ok ? "ok" : "dead"}${d.attempts > 1 ? `(x${d.attempts})` : ""}`);
    return `#${m.seq} ${topic} -> ${parts.join(" ") || "no subscribers"}`;
  }
}

const sleep = (ms: number) => new Promise((r) => setTimeout(r, ms));
const bus = new Bus();
const audit: string[] = [];
const stock = new Map([["widget", 2], ["gadget", 0]]);

bus.subscribe("audit", "*.*", async (m) => {
  await sleep(1);
  audit.push(`#${m.seq}`);
});
bus.subscribe("inventory", "orders.created", async (m) => {
  const item = m.payload.item as string;
  await sleep(3);
  const left = stock.get(item) ?? 0;
  if (left === 0) throw new Error(`${item} out of stock`);
  stock.set(item, left - 1);
});
const stopMailer = bus.subscribe("mailer", "orders.*", async (m) => {
  await sleep(m.topic === "orders.created" ? 4 : 1);
});

const reports = await Promise.all([
  bus.publish("orders.created", { item: "widget" }),
  bus.publish("orders.created", { item: "gadget" }),
  bus.publish("orders.shipped", { id: 1 }),
  bus.publish("users.signup", { name: "ann" }),
]);
stopMailer();
reports.push(await bus.publish("orders.created", { item: "widget" }));
reports.push(await bus.publish("orders.created", { item: "widget" }));
reports.push(await bus.publish("system", {}));
for (const r of reports) console.log(r);
console.log("dead letters:", bus.deadLetters);
console.log("audit order:", audit.join(" "), "| stock:", Object.fromEntries(stock));
