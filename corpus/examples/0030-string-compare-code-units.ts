// Tests string relational comparison by UTF-16 code units, including case, digits, accents and surrogate pairs.
const words = ["b", "a", "B", "A", "10", "9", "1", "", " ", "_", "z", "\u00e9", "e\u0301", "\uffff", "\u{1F600}", "\ud800", "ab", "aB", "Ab", "a"];
const copy = [...words];
copy.sort();
console.log(copy);
const byLt = [...words].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
console.log(JSON.stringify(byLt) === JSON.stringify(copy));
console.log("\u{1F600}" < "\uffff", "\u{1F600}".length, "\u{1F600}".charCodeAt(0), "\u{1F600}".codePointAt(0));
const composed: string = "\u00e9";
const decomposed: string = "e\u0301";
console.log("a" < "aa", "aa" < "b", "Z" < "a", "é" > "z", composed === decomposed, composed.length, decomposed.length);
const pairs: Array<[string, string]> = [["abc", "abd"], ["abc", "ab"], ["", ""], ["A", "a"], ["0", "A"], ["-", "0"]];
for (const [a, b] of pairs) console.log(JSON.stringify(a), JSON.stringify(b), a < b, a > b, a <= b, a >= b, a === b);
console.log(["x10", "x9", "x100", "x1"].sort(), ["é", "f", "e", "E"].sort());
