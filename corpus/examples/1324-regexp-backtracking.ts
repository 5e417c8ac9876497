// Backtracking into alternatives and quantifiers, and a catastrophic-looking pattern that stays fast.
console.log(/^(a|ab)(c|bcd)(d*)$/.exec("abcd"), /(a+)+b/.test("aaaaaaaaaaaaaaaaaaaaab"));
console.log(/^(\w+)\s+\1$/.test("hello hello"), /^(?:(\d+)\.)+(\d+)$/.exec("1.22.333"));
console.log(/((((((((((a))))))))))\10/.exec("aa")![0], /(.*?)\s*=\s*(.*)/.exec("key = value = 2"));
const long = "x".repeat(5000) + "y";
console.log(/x*y/.exec(long)![0].length, /(?:x|z)*y/.exec(long)![0].length, /(x+x+)+z/.test("x".repeat(12)));
