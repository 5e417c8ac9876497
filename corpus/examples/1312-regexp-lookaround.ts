// Lookahead and lookbehind, positive and negative, with captures inside.
console.log("price: $30, €40".match(/(?<=\$)\d+/g), "x1 y2 x3".match(/(?<!x)\d/g));
console.log("abcabd".match(/ab(?=d)/)!.index, "foobar foobaz".match(/foo(?!bar)\w+/)![0]);
console.log(/(?=(\w+))\w/.exec("hello"), /(?!(a))b/.exec("b"));
console.log(/(?<=(\d+)(\d+))$/.exec("1053"), /(?<=\1(a))b/.exec("aab"));
console.log("1234567".replace(/\B(?=(\d{3})+(?!\d))/g, ","));
