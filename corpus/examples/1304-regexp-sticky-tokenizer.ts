// A sticky (y) tokenizer: each token must start exactly at lastIndex.
type Token = { kind: string; text: string };
const rules: Array<[string, RegExp]> = [
  ["space", /\s+/y], ["number", /\d+(?:\.\d+)?/y], ["ident", /[A-Za-z_]\w*/y], ["op", /[-+*\/=()]/y],
];
function tokenize(src: string): Token[] {
  const out: Token[] = [];
  let pos = 0;
  outer: while (pos < src.length) {
    for (const [kind, re] of rules) {
      re.lastIndex = pos;
      const m = re.exec(src);
      if (m) {
        if (kind !== "space") out.push({ kind, text: m[0] });
        pos = re.lastIndex;
        continue outer;
      }
    }
    throw new SyntaxError(`unexpected ${src[pos]} at ${pos}`);
  }
  return out;
}
console.log(tokenize("x1 = (3.25 + y) * 42"));
try { tokenize("a # b"); } catch (e) { console.log(String(e)); }
const y = /b/y;
console.log(y.test("ab"), y.lastIndex, "ab".search(/b/y));
