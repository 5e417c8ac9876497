// lastIndex: ignored without g/y, coerced with ToLength, read-only lastIndex throws on reset.
const r = /a/;
r.lastIndex = 5;
console.log(r.exec("aaa")!.index, r.lastIndex);
const g = /a/g;
(g as unknown as { lastIndex: unknown }).lastIndex = "1";
console.log(g.exec("aaa")!.index, g.lastIndex);
g.lastIndex = -3;
console.log(g.exec("aaa")!.index, g.lastIndex);
const frozen = Object.freeze(/a/g);
try { frozen.exec("b"); } catch (e) { console.log(String(e)); }
console.log(Object.getOwnPropertyNames(/x/), Object.getOwnPropertyDescriptor(/x/, "lastIndex"));
