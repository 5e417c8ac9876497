// Lone surrogates: how console.log, JSON.stringify, String(), and concatenation treat them.
const hi = "\ud83d";
const lo = "\ude00";
console.log([hi, lo], { hi, lo });
console.log(JSON.stringify(hi), JSON.stringify(lo), JSON.stringify(hi + lo), JSON.stringify("x" + lo + hi + "y"));
console.log(hi.length, lo.length, (hi + lo).length, hi + lo === "😀");
console.log((hi + lo).codePointAt(0)!.toString(16), hi.codePointAt(0)!.toString(16), (lo + hi).codePointAt(0)!.toString(16));

// Well-formedness checked by hand: a lead must be followed by a trail, a trail must follow a lead.
function loneSurrogateIndices(str: string): number[] {
  const out: number[] = [];
  for (let i = 0; i < str.length; i++) {
    const c = str.charCodeAt(i);
    if (c >= 0xd800 && c <= 0xdbff) {
      const next = str.charCodeAt(i + 1);
      if (next >= 0xdc00 && next <= 0xdfff) i++;
      else out.push(i);
    } else if (c >= 0xdc00 && c <= 0xdfff) out.push(i);
  }
  return out;
}
for (const s of ["ok", hi, lo, hi + lo, lo + hi, "a" + hi + "b", hi + hi + lo]) {
  const bad = loneSurrogateIndices(s);
  const fixed = bad.reduce((acc, i) => acc.slice(0, i) + "\ufffd" + acc.slice(i + 1), s);
  console.log(JSON.stringify(s), bad, JSON.stringify(fixed), fixed);
}

// Iteration yields lone surrogates as separate one-unit strings.
console.log([...("a" + lo + hi + "b")].map((c) => c.charCodeAt(0).toString(16)));

// Sorting and comparing lone surrogates by code units.
console.log([lo, hi, "\uffff", "\ue000"].sort().map((c) => c.charCodeAt(0).toString(16)));

// Arrays of strings with surrogates printed by util.inspect.
console.log(["\ud800", "\udfff", "\ud800\udc00", "a\ud800"]);
console.log("%s|%j", hi, lo);
// Raw lone surrogates written to stdout are encoded as U+FFFD by the UTF-8 stream.
console.log(hi, String(lo) === lo, "x" + lo + "y", `${hi}${lo}`);
process.stdout.write(lo + "\n");
