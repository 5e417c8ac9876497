// Array length semantics: truncation and extension by assignment, writing past the end, invalid lengths, length of Array(n).
const arr = [1, 2, 3, 4, 5];
arr.length = 3;
console.log(arr, arr.length, arr[3]);
arr.length = 6;
console.log(arr, arr.length, 4 in arr);
arr[9] = 10;
console.log(arr, arr.length);
arr.length = 0;
console.log(arr, arr.length);

// Assigning string and float-looking indices.
const b: number[] = [];
(b as unknown as Record<string, number>)["2"] = 2;
(b as unknown as Record<string, number>)["1.5"] = 1.5;
(b as unknown as Record<string, number>)["-1"] = -1;
(b as unknown as Record<string, number>)["03"] = 3;
console.log(b, b.length, Object.keys(b));

// Invalid lengths throw RangeError.
for (const len of [-1, 1.5, 2 ** 32, NaN]) {
  try {
    const x: number[] = [];
    x.length = len;
    console.log("ok", len);
  } catch (e) {
    console.log(String(e));
  }
}
for (const len of [-1, 2.5, 4294967296]) {
  try {
    console.log(new Array(len));
  } catch (e) {
    console.log(String(e));
  }
}

// Length coercion from strings.
const c = [1, 2, 3];
(c as unknown as { length: unknown }).length = "2";
console.log(c, c.length);

// Array(n) vs Array(a, b) vs Array.of(n).
console.log(Array(3), Array(3).length, Array(1, 2), Array("3"), Array.of(3));

// Largest valid length.
const huge: number[] = [];
huge.length = 4294967295;
console.log(huge.length);
huge[4294967294] = 1;
console.log(huge.length);
(huge as unknown as Record<string, number>)["4294967295"] = 2;
console.log(huge.length, Object.keys(huge));

// push returns the new length; length is writable through push on an emptied array.
const d: string[] = [];
console.log(d.push("a"), d.push("b", "c"), d.length, d);
