// String.prototype.match and matchAll.
console.log("1 22 333".match(/\d+/g), "abc".match(/x/g), "abc".match(/b/));
const all = [..."k1=v1;k2=v2".matchAll(/(\w+)=(\w+)/g)];
console.log(all.map((m) => [m[1], m[2], m.index]));
const it = "aa".matchAll(/a/g);
console.log(Object.prototype.toString.call(it), it.next(), it.next(), it.next());
try { "a".matchAll(/a/); } catch (e) { console.log(String(e)); }
console.log("a.b".match("."), "x+y".match("\\+"));
console.log([..."ab".matchAll("" as unknown as RegExp)].length);
