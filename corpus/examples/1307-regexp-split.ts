// split with a RegExp: captures are spliced in, limit, empty matches and edge cases.
console.log("a, b ,c,,d".split(/\s*,\s*/));
console.log("one1two22three".split(/(\d+)/));
console.log("abc".split(/(?:)/), "abc".split(/b*/), "".split(/,/), "".split(/(?:)/));
console.log("a-b-c-d".split(/-/, 2), "a-b".split(/(-)/, 2));
console.log("AbcDefGhi".split(/(?=[A-Z])/));
console.log("test".split(/(t)?/));
