// Comptime folding: pure String.prototype methods on constant receivers and arguments (no regex).
const s = "Hello, World";
console.log(s.toUpperCase(), s.toLowerCase(), "stra\u00dfe".toUpperCase(), "\u00c9COLE".toLowerCase(), "\u0130".toLowerCase().length);
console.log(s.slice(-5), s.slice(3, -3), s.slice(5, 2), s.slice(-100, 2), s.substring(5, 2), s.substring(-3, 4), s.substring(NaN, 3), s.substring(4));
console.log(s.indexOf("o"), s.indexOf("o", 5), s.lastIndexOf("o"), s.lastIndexOf("o", 5), s.indexOf(""), s.indexOf("", 99), s.lastIndexOf(""), s.indexOf("xyz"));
console.log(s.includes("World"), s.includes("world"), s.startsWith("World", 7), s.endsWith("Hello", 5), s.startsWith(""), s.endsWith("d", 100));
console.log(["5".padStart(3, "0"), "abc".padStart(8, "12"), "abc".padEnd(8, "xy"), "abc".padStart(2), "abc".padEnd(6), "x".padStart(4, "")]);
console.log(["ab".repeat(0), "ab".repeat(3), "".repeat(5)], ["  \t pad \n ".trim(), "\u00a0\ufeffx\u2028".trim(), "  l ".trimStart(), " r  ".trimEnd()]);
console.log(s.at(0), s.at(-1), s.at(100), s.charAt(1), s.charAt(99), s.charCodeAt(0), s.charCodeAt(99), s[4], s[40], "\ud83d\ude00".codePointAt(0), "\ud83d\ude00".codePointAt(1));
console.log(s.split(", "), s.split(""), s.split("", 3), s.split("l"), s.split("l", 2), s.split(undefined as any), s.split("zz"), "".split(""), "a,b,".split(","));
console.log(s.replace("o", "0"), s.replaceAll("o", "0"), s.replace("", "^"), s.replaceAll("", "."), "aaa".replaceAll("aa", "b"), s.replace("xyz", "!"));
console.log(s.concat("!", "?"), "abc".localeCompare === String.prototype.localeCompare, s.search === undefined, "a-b-c".split("-").reverse().join("+"));
console.log(["b", "a"].concat(s.split(" ")).sort(), s.toUpperCase().toLowerCase() === s.toLowerCase(), s.codePointAt(99), s.at(-0));
const words = "the quick brown fox jumps over the lazy dog".split(" ");
const caps = words.map((w) => w[0].toUpperCase() + w.slice(1)).join(" ");
console.log(caps, words.filter((w) => w.includes("o")).length, words.indexOf("the", 1), words.lastIndexOf("the"));
console.log("abc".at(-4), "abc".substring(2, 2), "abc".slice(2, 2) === "", "abc".indexOf("c", -5), "abc".lastIndexOf("a", -5), "abc".includes("", 10));
