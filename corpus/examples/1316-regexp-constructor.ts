// The RegExp constructor: from strings, from a RegExp (new flags), and called without new.
const r = /ab/gi;
console.log(new RegExp(r).flags, new RegExp(r, "m").flags, RegExp(r) === r, new RegExp(r) === r);
console.log(new RegExp("a|b", "g").source, RegExp("x", undefined).flags, new RegExp(undefined as unknown as string).source);
console.log(new RegExp("\\d+").exec("ab12")![0], new RegExp("[a]").constructor === RegExp);
