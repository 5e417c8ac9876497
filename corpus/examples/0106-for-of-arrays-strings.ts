// Tests for-of over arrays (holes, mutation during iteration, entries) and strings (code points, surrogates, combining marks).
const holes = [1, , 3];
for (const v of holes) console.log("hole-iter", v);
const grow = [1, 2, 3];
let seen = 0;
for (const v of grow) {
  seen++;
  if (v < 3) grow.push(v + 10);
}
console.log(seen, grow);
const shrink = [1, 2, 3, 4, 5];
const visited: number[] = [];
for (const v of shrink) {
  visited.push(v);
  shrink.shift();
}
console.log(visited, shrink);
for (const [i, v] of ["a", "b", "c"].entries()) console.log(i, v);
for (const i of ["x", "y"].keys()) console.log("key", i);
const str = "h\u00e9\u{1F600}e\u0301!";
const chars: string[] = [];
for (const ch of str) chars.push(ch);
console.log(chars, chars.length, str.length);
const codes: string[] = [];
for (const ch of str) codes.push(ch.codePointAt(0)!.toString(16));
console.log(codes.join(" "));
const lone = "a\ud800b\udc00c";
const loneParts: number[] = [];
for (const ch of lone) loneParts.push(ch.length);
console.log(loneParts, [...lone].length);
let concatenated = "";
for (const word of ["for", "of", "loop"]) {
  if (word === "of") continue;
  concatenated += word;
}
console.log(concatenated);
const nested = [[1, 2], [3, 4], [5, 6]];
let sum = 0;
for (const [a, b] of nested) sum += a * b;
console.log(sum);
const objs = [{ n: 1 }, { n: 2 }];
for (const o of objs) o.n *= 100;
console.log(objs);
for (const ch of "") console.log("never", ch);
const args = ["one", "two"];
for (let a of args) {
  a = a.toUpperCase();
  console.log(a);
}
console.log(args);
