// Diagnostic (unsupported construct): Proxy/Reflect meta-programming is valid TypeScript but not supported by the compiler — must be rejected.
const target = { a: 1 };
const p = new Proxy(target, { get: (t, k) => Reflect.get(t, k) ?? "missing" });
console.log(p.a, (p as Record<string, unknown>).b);
