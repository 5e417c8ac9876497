// Pattern modifiers (?i:...) (?-i:...) (?m:...) (?s:...) scoped to a group.
console.log(/a(?i:b)c/.test("aBc"), /a(?i:b)c/.test("aBC"), /(?i:a(?-i:b))/.test("Ab"), /(?i:a(?-i:b))/.test("AB"));
console.log(/(?m:^b)/.test("a\nb"), /(?s:a.b)/.test("a\nb"), /x(?i:[a-c]+)y/.exec("xABCy")![0]);
