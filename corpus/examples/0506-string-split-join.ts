// split with string separators (no RegExp): empty separator, limit, separators at edges, undefined separator, surrogates, join back.
const csv = "a,b,,c,";
console.log(csv.split(","), csv.split(",", 2), csv.split(",", 0), csv.split(",", -1));
console.log("abc".split(""), "".split(""), "".split(","), "abc".split(undefined as unknown as string), "abc".split("abc"));
console.log("a--b--c".split("--"), "--a--".split("--"), "aaa".split("a"), "abc".split("x"));
console.log("a😀b".split(""), "a😀b".split("").length, [..."a😀b"].length);
console.log("one  two   three".split(" "), "one  two   three".split(" ").filter(Boolean));
console.log("k=v=w".split("=", 2), "1.2.3".split(".", 10), "x".split(",", 1.7));
console.log("a,b".split(null as unknown as string), "anullb".split(null as unknown as string), "a1b1c".split(1 as unknown as string));

// Parsing key=value pairs.
const query = "name=ann&age=31&tags=a,b&empty=&flag";
const params: Record<string, string> = {};
for (const part of query.split("&")) {
  const eq = part.indexOf("=");
  const k = eq === -1 ? part : part.slice(0, eq);
  const v = eq === -1 ? "" : part.slice(eq + 1);
  params[k] = v;
}
console.log(params);

// Lines and words.
const text = "first line\nsecond line\r\nthird\n\nfifth";
const lines = text.split("\n").map((l) => (l.endsWith("\r") ? l.slice(0, -1) : l));
console.log(lines, lines.length);
console.log(lines.map((l) => l.split(" ").length));

// split + join round trips (replace-all without RegExp).
console.log("a.b.c".split(".").join("/"), "hello world".split("o").join("0"), "x".split("").join("-"));
console.log("snake_case_name".split("_").map((w, i) => (i ? w[0].toUpperCase() + w.slice(1) : w)).join(""));
console.log("camelCaseNameHere".split("").map((c) => (c >= "A" && c <= "Z" ? "-" + c.toLowerCase() : c)).join(""));
