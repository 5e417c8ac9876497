// search returns the index of the first match and never moves lastIndex.
const re = /o/g;
re.lastIndex = 3;
console.log("hello world".search(re), re.lastIndex);
console.log("abc".search(/z/), "abc".search("c"), "a.c".search("."), "ABC".search(/b/i));
