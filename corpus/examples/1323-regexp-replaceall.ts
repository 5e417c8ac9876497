// replaceAll with strings and global RegExps; a non-global RegExp is a TypeError.
console.log("a.b.c".replaceAll(".", "/"), "aaa".replaceAll("a", "$&$&"), "x".replaceAll("", "-"));
console.log("a1b2".replaceAll(/\d/g, (d) => String(Number(d) * 2)), "ab".replaceAll(/(?:)/g, "."));
try { "a".replaceAll(/a/, "b"); } catch (e) { console.log(String(e)); }
