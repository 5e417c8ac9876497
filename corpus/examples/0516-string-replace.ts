// replace/replaceAll with string patterns: first-only vs all, $ substitution patterns ($&, $`, $', $$), replacer functions, empty pattern.
const s = "the cat and the hat";
console.log(s.replace("the", "a"), "|", s.replaceAll("the", "a"));
console.log(s.replace("dog", "x"), "|", s.replace("", "^"), "|", s.replaceAll("", "."));
console.log("aaa".replace("a", "b"), "aaa".replaceAll("a", "b"), "aaa".replaceAll("aa", "b"));

// $ patterns in the replacement string.
console.log("price: 10".replace("10", "$$10"));
console.log("abc".replace("b", "[$&]"), "abc".replace("b", "[$`]"), "abc".replace("b", "[$']"));
console.log("abc".replace("b", "$1"), "abc".replace("b", "$<name>"), "abc".replace("b", "$"), "abc".replace("b", "$$$$"));
console.log("a.b.c".replaceAll(".", "$&$&"), "x-y".replaceAll("-", "$'$`"));

// Replacer functions receive (match, offset, string) and their result is used literally.
const calls: string[] = [];
const out = "one two one".replaceAll("one", (m, off, whole) => {
  calls.push(`${m}@${off} in ${JSON.stringify(whole)}`);
  return "$&" + off;
});
console.log(out, calls);
console.log("abc".replace("b", () => undefined as unknown as string), "abc".replace("b", () => 42 as unknown as string));

// Non-string arguments are converted.
console.log("1 2 3".replaceAll(2 as unknown as string, "two"), "null undefined".replace(null as unknown as string, "N"), "x".replace("x", null as unknown as string));

// Escaping HTML with chained replaceAll.
const html = `<a href="x?a=1&b=2">'hi' & bye</a>`;
const escaped = html.replaceAll("&", "&amp;").replaceAll("<", "&lt;").replaceAll(">", "&gt;").replaceAll('"', "&quot;").replaceAll("'", "&#39;");
console.log(escaped);

// Template substitution.
const tpl = "Hello {name}, you are {age}. {name}!";
const vars: Record<string, string | number> = { name: "Ann", age: 31 };
let filled = tpl;
for (const [k, v] of Object.entries(vars)) filled = filled.replaceAll(`{${k}}`, String(v));
console.log(filled);
