// Tests console.log format specifiers %s %d %i %f %j %o %O %c %% and the coercions each applies to its argument.
const vals: any[] = [42, -0, 3.99, "12.7px", "abc", null, undefined, true, [1, 2], { a: 1 }, NaN, -Infinity, 1e21];
for (const v of vals) {
  console.log("s=%s d=%d i=%i f=%f", v, v, v, v);
}
console.log("j=%j", { a: [1, "two"], b: null });
console.log("o=%o", { a: 1, nested: { deep: [1, 2, 3] } });
console.log("O=%O", { a: 1, nested: { deep: [1, 2, 3] } });
console.log("c=%cstyled%c!", "color: red", "font-weight: bold");
console.log("percent %% literal, %s", "arg");
console.log("missing %s and %d", "one");
console.log("extra", "args", 1, "%s");
console.log("%s", "a", "b", { c: 1 });
console.log("%x unknown %s", "y");
console.log("%s|%s|%s", "str", 5, [1, [2, [3, [4]]]]);
console.log("%s", { toString(): string { return "custom"; } });
class Widget {
  id = 7;
}
console.log("%s and %O", new Widget(), new Widget());
console.log("%d%%", 50, "trailing");
console.log(5, "%s", "not a format because first arg is a number");
console.log("%i", 2 ** 40 + 0.5, "%f", "1e3");
console.log("%s", -0, "%d", -0);
console.log("%s %s", "only-one");
console.log("%", "%%", "%%s");
