// Diagnostic (type error): TS18048 'found' is possibly 'undefined' (strictNullChecks) — must be rejected.
const words = ["alpha", "beta", "gamma"];
const found = words.find((w) => w.startsWith("z"));
console.log(found.length);
