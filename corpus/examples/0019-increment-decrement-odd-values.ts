// Tests prefix/postfix ++ and -- on strings, null, undefined, booleans, objects, -0, large and fractional numbers.
const starts: any[] = ["5", "", " 3 ", "abc", "0x1f", null, undefined, true, false, [], [7], {}, -0, 0.5, 2 ** 53, -Infinity, NaN, "1e2"];
for (const s of starts) {
  let a = s;
  let b = s;
  const post = a++;
  const pre = ++b;
  let c = s;
  const postDec = c--;
  console.log(typeof s === "string" ? JSON.stringify(s) : Array.isArray(s) ? `[${s}]` : String(s), "|", post, a, pre, b, postDec, c, typeof post);
}
let i = 0;
const r = i++ + ++i + i-- - --i;
console.log(r, i);
const arr = [1, 2, 3];
let j = 0;
arr[j++] = arr[j] * 10;
console.log(arr, j);
const o: Record<string, any> = { count: "9" };
o.count++;
o.count++;
console.log(o.count, typeof o.count);
o.missing++;
console.log(o.missing);
let m = -1;
m++;
console.log(m, Object.is(m, 0), Object.is(-0 + 0, 0));
let k = 0.1;
for (let n = 0; n < 5; n++) k++;
console.log(k);
let big = 2 ** 53;
big++;
console.log(big, big === 2 ** 53);
