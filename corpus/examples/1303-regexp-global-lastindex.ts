// The g flag: exec walks the string through lastIndex, and resets it after the last match.
const re = /o/g;
const s = "foo boo";
let m: RegExpExecArray | null;
while ((m = re.exec(s)) !== null) console.log(m.index, re.lastIndex);
console.log(re.lastIndex);
re.lastIndex = 100;
console.log(re.test(s), re.lastIndex);
const t = /a/g;
console.log(t.test("aa"), t.test("aa"), t.test("aa"), t.lastIndex);
