// util.inspect of long strings: top-level strings print raw; nested long strings stay on one line; multi-line strings split with +.
const long = "Lorem ipsum dolor sit amet, consectetur adipiscing elit, sed do eiusmod tempor incididunt ut labore et dolore magna aliqua.";
console.log(long);
console.log([long]);
console.log({ text: long });
console.log({ short: "a", text: long, after: 1 });

// Strings with newlines inside objects are printed with escapes, split into concatenated pieces when long.
const multi = "line one is here\nline two is a bit longer than the first one\nline three\nline four closes it";
console.log({ multi });
console.log([multi, "x"]);
console.log({ short: "a\nb" });
console.log(["first\n", "\nsecond", "tab\there", "cr\rhere", "nul\u0000here", "esc\u001bhere", "del\u007fhere", "bs\\here"]);

// Strings just around the 80-column limit inside an object.
for (const n of [50, 60, 66, 67, 68, 72, 76, 80]) {
  console.log({ key: "x".repeat(n) });
}

// Many short strings in an object: the object breaks when the total exceeds the width.
console.log({ a: "aaaaaaaaaa", b: "bbbbbbbbbb", c: "cccccccccc", d: "dddddddddd", e: "eeeeeeeeee", f: "ff" });
console.log({ a: "aaaaaaaaaa", b: "bbbbbbbbbb", c: "cccccccccc", d: "dddddddddd", e: "eee" });

// Nested strings longer than 10000 characters are cut with a "... N more characters" note; top-level ones are not.
const big = "y".repeat(10003);
console.log(big.length, [big]);
console.log(big.slice(9990));
