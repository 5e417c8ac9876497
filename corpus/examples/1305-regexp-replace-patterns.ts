// replace with $ patterns: $1 $& $` $' $$ and two-digit references.
const s = "John Smith";
console.log(s.replace(/(\w+)\s(\w+)/, "$2, $1"));
console.log("abc".replace(/b/, "[$&|$`|$'|$$]"));
console.log("abc".replace(/(b)/, "$0 $1 $2 $01 $10"));
const eleven = /(a)(b)(c)(d)(e)(f)(g)(h)(i)(j)(k)/;
console.log("abcdefghijk".replace(eleven, "$11-$10-$1"));
console.log("aaa".replace(/a/g, "$$"), "x".replace(/x/, "$<n>"), "x".replace(/(?<n>x)/, "[$<n>][$<m>]"));
