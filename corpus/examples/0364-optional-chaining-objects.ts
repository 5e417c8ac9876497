// Optional chaining and nullish coalescing on objects: short-circuiting, calls, computed access, ?? vs ||, and ??= ||= &&=.
type Tree = { name: string; child?: Tree; meta?: { tags?: string[]; count?: number }; fn?: (x: number) => number };
const t: Tree = { name: "root", child: { name: "kid", meta: { tags: [], count: 0 } }, fn: (x) => x + 1 };

console.log(t.child?.name, t.child?.child?.name, t.child?.child?.child?.name);
console.log(t.meta?.tags?.length, t.child?.meta?.tags?.length, t.child?.meta?.tags?.[0]);
console.log(t.fn?.(1), t.child?.fn?.(1), t.child?.["name"]);

// Short-circuit skips argument evaluation.
let evaluated = 0;
const none: Tree | undefined = [t][1];
console.log(none?.fn?.(++evaluated), none?.child?.meta?.[String(++evaluated) as "tags"], evaluated);

// ?? only replaces null/undefined; || replaces all falsy values.
const count = t.child?.meta?.count;
console.log(count ?? 42, count || 42);
const samples: unknown[] = ["", null, undefined, NaN, 0, -0, false, "0", [], {}];
console.log(samples.map((v) => [v ?? "dflt", v || "dflt", v && "and"]));

// Logical assignment operators.
const opts: { depth?: number | null; name?: string; enabled?: boolean; list?: number[] } = { depth: null, name: "", enabled: true };
opts.depth ??= 2;
opts.name ||= "default";
opts.enabled &&= false;
opts.list ??= [];
opts.list.push(1);
opts.list ??= [99];
console.log(opts);

// ??= does not evaluate the right side when not needed.
let rhsCalls = 0;
const cache: Record<string, number> = { a: 1 };
function compute(): number {
  return ++rhsCalls * 100;
}
cache.a ??= compute();
cache.b ??= compute();
cache.b ??= compute();
console.log(cache, rhsCalls);

// Optional call on a method preserves this.
const objWithMethod = {
  v: 7,
  get(): number {
    return this.v;
  },
};
console.log(objWithMethod.get?.(), (objWithMethod as { missing?: () => number }).missing?.());

// Calling a non-function through ?. still throws.
try {
  const notFn = { f: 5 } as unknown as { f?: () => void };
  notFn.f?.();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
