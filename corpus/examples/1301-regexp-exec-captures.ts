// exec: captures, index, input, groups; non-participating groups are undefined.
const date = /(\d{4})-(\d{2})-(\d{2})/;
console.log(date.exec("on 2024-03-15 at noon"));
console.log(/(a)|(b)/.exec("b"));
console.log(/(x)?y/.exec("y"));
console.log(/nothing/.exec("here"));
const m = /(\w+)@(\w+)\.com/.exec("mail bob@example.com now")!;
console.log(m[0], m[1], m[2], m.index, m.input.length, m.length);
