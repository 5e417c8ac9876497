// Subclassing RegExp: methods stay available, exec overrides are honoured, species for split.
class Loud extends RegExp {
  exec(s: string) {
    const m = super.exec(s);
    if (m) m[0] = m[0].toUpperCase();
    return m;
  }
}
const r = new Loud("b+", "g");
console.log(r instanceof RegExp, r instanceof Loud, r.flags, r.source, String(r));
console.log("abbcb".match(r), "abbcb".replace(r, "[$&]"), r.test("xb"));
console.log("a1b2".split(new Loud("\\d")));
