// Greedy and lazy quantifiers, counted repetition and the empty-check of RepeatMatcher.
console.log(/a{2,3}/.exec("aaaa")![0], /a{2,3}?/.exec("aaaa")![0], /a{2,}/.exec("aaaaa")![0], /a{2}/.exec("aaa")![0]);
console.log(/<.+>/.exec("<a><b>")![0], /<.+?>/.exec("<a><b>")![0], /x*?y/.exec("xxy")![0]);
console.log(/(a*)*/.exec("b"), /(a*)+/.exec("b"), /(?:a|b)*?c/.exec("abac"));
console.log(/(z)((a+)?(b+)?(c))*/.exec("zaacbbbcac"));
console.log(/(a)|\1b/.exec("b"), /(?:(a)|b)\1/.exec("bb"), /((a)|b)+/.exec("ab"));
console.log(/a{,2}/.exec("a{,2}")![0], /x{1/.test("x{1"), /}/.test("}"), /]/.test("]"));
