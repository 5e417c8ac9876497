// Diagnostic (early SyntaxError): a regular expression literal with an unterminated group is rejected
// at build time, as Node rejects the module before running it.
console.log("never printed");
const group = /(ab/;
console.log(group.test("ab"));
