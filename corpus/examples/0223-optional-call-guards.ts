// Tests optional calls fn?.(), obj.method?.(), callbacks that may be absent, and typeof guards before calling.
type Hooks = { before?: (s: string) => string; after?: (s: string) => string; onError?: ((e: unknown) => void) | null };
function run(input: string, hooks: Hooks = {}): string {
  let s = hooks.before?.(input) ?? input;
  s = s.split("").reverse().join("");
  return hooks.after?.(s) ?? s;
}
console.log(run("abc"), run("abc", { before: (s) => s + "d" }), run("abc", { after: (s) => s.toUpperCase() }));
const maybe: Array<((n: number) => number) | undefined | null> = [(n) => n + 1, undefined, null, (n) => n * 3];
console.log(maybe.map((f) => f?.(10)));
let evaluated = 0;
const absent = undefined as ((n: number) => number) | undefined;
console.log(absent?.(++evaluated), evaluated);
const present: ((n: number) => number) | undefined = (n) => n;
console.log(present?.(++evaluated), evaluated);
const api: any = { v1: { get: (k: string) => `v1:${k}` }, v2: null };
console.log(api.v1?.get?.("a"), api.v2?.get?.("a"), api.v3?.get("a"), api.v1.put?.("x"));
try {
  api.v1.get?.missing();
} catch (e) {
  console.log((e as Error).message);
}
try {
  const notFn: any = 42;
  notFn?.();
} catch (e) {
  console.log((e as Error).message);
}
function invokeIfFunction(x: unknown): string {
  if (typeof x === "function") return `called: ${String((x as () => unknown)())}`;
  return `not callable: ${typeof x}`;
}
console.log([() => "yes", 5, "str", null, class {}].map((x) => {
  try {
    return invokeIfFunction(x);
  } catch (e) {
    return `threw ${(e as Error).name}`;
  }
}));
const handlers = new Map<string, () => string>([["greet", () => "hello"]]);
console.log(handlers.get("greet")?.(), handlers.get("nope")?.() ?? "no handler");
const obj = { count: 0, bump(): number { return ++this.count; } };
console.log(obj.bump?.(), obj.bump?.(), obj.count);
