// Objects that implement Symbol.match/replace/search/split are used by the String methods.
const custom = {
  [Symbol.match](s: string) { return ["matched " + s]; },
  [Symbol.replace](s: string, r: string) { return `${s} replaced by ${r}`; },
  [Symbol.search](s: string) { return s.length; },
  [Symbol.split](s: string, limit?: number) { return [s, String(limit)]; },
};
console.log("abc".match(custom as unknown as RegExp), "abc".replace(custom as unknown as RegExp, "z"));
console.log("abc".search(custom as unknown as RegExp), "abc".split(custom as unknown as RegExp, 3));
const re = /b/g;
console.log(re[Symbol.replace]("abcb", "X"), re[Symbol.split]("abc"), re[Symbol.search]("abc"), re[Symbol.match]("bb"));
console.log(typeof RegExp.prototype[Symbol.matchAll], RegExp.prototype[Symbol.split].name, RegExp.prototype[Symbol.replace].length);
