// The u flag: code points, \u{...}, surrogate pairs as one character, lastIndex advancing.
const s = "a😀b";
console.log(s.match(/./gu), s.match(/./g)!.length, /^.$/u.test("😀"), /\u{1F600}/u.test(s));
console.log(/[😀-😂]/u.test("😁"), /\ud83d/.test("😀"), /\ud83d/u.test("😀"));
console.log("😀😀".split(/(?:)/u), "😀".replace(/(?:)/gu, "|"), "😀".replace(/(?:)/g, "|").length);
console.log(/^[^x]$/u.test("😀"), /\S/u.exec("😀")![0].length);
