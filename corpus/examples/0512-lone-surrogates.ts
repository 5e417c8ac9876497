// Lone surrogates: how console.log, JSON.stringify, String(), isWellFormed/toWellFormed, and concatenation treat them.
const hi = "\ud83d";
const lo = "\ude00";
console.log([hi, lo], { hi, lo });
console.log(JSON.stringify(hi), JSON.stringify(lo), JSON.stringify(hi + lo), JSON.stringify("x" + lo + hi + "y"));
console.log(hi.length, lo.length, (hi + lo).length, hi + lo === "😀");
console.log((hi + lo).codePointAt(0)!.toString(16), hi.codePointAt(0)!.toString(16), (lo + hi).codePointAt(0)!.toString(16));

// Well-formedness checks (ES2024 methods, present in Node 24).
const wf = (s: string) => (s as unknown as { isWellFormed(): boolean }).isWellFormed();
const fix = (s: string) => (s as unknown as { toWellFormed(): string }).toWellFormed();
for (const s of ["ok", hi, lo, hi + lo, lo + hi, "a" + hi + "b"]) {
  console.log(JSON.stringify(s), wf(s), JSON.stringify(fix(s)), fix(s).codePointAt(fix(s).length - 1)!.toString(16));
}

// Iteration yields lone surrogates as separate one-unit strings.
console.log([...("a" + lo + hi + "b")].map((c) => c.charCodeAt(0).toString(16)));

// Sorting and comparing lone surrogates by code units.
console.log([lo, hi, "\uffff", "\ue000"].sort().map((c) => c.charCodeAt(0).toString(16)));

// Arrays of strings with surrogates printed by util.inspect.
console.log(["\ud800", "\udfff", "\ud800\udc00", "a\ud800"]);
console.log("%s|%j", hi, lo);
