// RegExp.escape (ES2025) and using its result to match text literally.
const escape = (RegExp as unknown as { escape(s: unknown): string }).escape;
const parts = ["1+1=2", "a.b*c", "(x)", "price $5", "tab\tx", "foo-bar"];
for (const p of parts) console.log(escape(p), new RegExp(escape(p)).test(`>>${p}<<`));
try { escape(1); } catch (e) { console.log(String(e)); }
