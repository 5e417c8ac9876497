// Tests object destructuring: renaming, defaults, nested patterns, computed keys, rest (own enumerable only) and primitives.
const cfg = { host: "localhost", port: 0, opts: { tls: false, retries: undefined as number | undefined }, tags: ["a", "b"] };
const { host, port = 80, missing = "dflt" } = cfg as typeof cfg & { missing?: string };
console.log(host, port, missing);
const { host: h, opts: { tls, retries = 3 }, tags: [firstTag] } = cfg;
console.log(h, tls, retries, firstTag);
const key = "port";
const { [key]: dynamicPort, ["ho" + "st"]: dynamicHost } = cfg as Record<string, unknown>;
console.log(dynamicPort, dynamicHost);
const { opts, ...others } = cfg;
console.log(opts, others);
const withProto = Object.create({ inherited: 1 }) as Record<string, number>;
withProto.own = 2;
Object.defineProperty(withProto, "hidden", { value: 3, enumerable: false });
const { inherited, hidden, ...restOwn } = withProto;
console.log(inherited, hidden, restOwn);
const { length, 0: ch0, [1]: ch1 } = "xyz";
console.log(length, ch0, ch1);
const { toFixed } = 1.5;
console.log(typeof toFixed);
let a = 0;
let b = 0;
({ a, b = 5 } = { a: 10 } as { a: number; b?: number });
console.log(a, b);
const target: Record<string, unknown> = {};
({ x: target.first, y: target["second"] } = { x: 1, y: 2 });
console.log(target);
const order: string[] = [];
const source = {
  get p1(): number { order.push("get p1"); return 1; },
  get p2(): number { order.push("get p2"); return 2; },
  get p3(): number { order.push("get p3"); return 3; },
};
const { p3, p1, ...restP } = source;
console.log(p3, p1, restP, order);
const { n1 = (order.push("default n1"), 100) } = {} as { n1?: number };
console.log(n1, order.at(-1));
for (const bad of [null, undefined]) {
  try {
    const { anything } = bad as unknown as { anything: number };
    console.log(anything);
  } catch (e) {
    console.log((e as Error).message);
  }
}
const { ...emptyRest } = {};
console.log(emptyRest, Object.keys(emptyRest).length);
