// The i flag: toUpperCase canonicalisation without u, simple case folding with u.
console.log(/hello/i.test("HeLLo"), /[a-z]+/i.exec("ABC def")![0]);
console.log(/\u017f/i.test("s"), /\u017f/iu.test("s"), /\u212a/i.test("k"), /\u212a/iu.test("k"));
console.log(/ß/i.test("ẞ"), /ß/iu.test("ẞ"), /Σ/i.test("ς"), /σ/iu.test("ς"));
console.log(/[^a]/i.test("A"), /\w/iu.test("\u017f"), /\W/iu.test("\u017f"), /\W/i.test("\u017f"));
console.log(/(a)\1/i.test("aA"), /é/i.test("É"), /[à-ÿ]+/i.exec("ÀÉÎ")![0]);
