// m changes ^ and $ to line boundaries; s lets . match line terminators.
const text = "first line\nsecond line\r\nthird";
console.log(text.match(/^\w+/gm), text.match(/\w+$/gm), text.match(/^\w+/g));
console.log(/a.b/.test("a\nb"), /a.b/s.test("a\nb"), /a.b/.test("a\u2028b"), /./.test("\r"));
console.log(/^$/m.test("a\n\nb"), "a\nb".replace(/$/gm, ";"));
