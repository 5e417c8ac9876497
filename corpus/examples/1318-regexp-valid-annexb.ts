// Patterns that Annex B accepts without u (and their meaning).
const ok = ["\\k", "\\k<a>", "a{1", "a{,5}", "\\8", "[\\c1]", "\\c1", "(?=a){2}", "(?!a)?", "]", "{a}", "\\p{L}", "\\-", "(?i:a)b"];
for (const p of ok) {
  const r = new RegExp(p);
  console.log(JSON.stringify(p), r.source, r.exec("a{1 k<a> 8 \u0011 \\c1 ] {a} p{L} - Ab aB")?.[0]);
}
