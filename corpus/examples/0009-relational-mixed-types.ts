// Tests <, >, <=, >= with mixed types: string vs string (code units), string vs number, null/undefined, NaN and objects.
const pairs: Array<[any, any]> = [
  [1, 2], ["10", "9"], ["10", 9], [10, "9"], ["a", "b"], ["B", "a"], ["abc", "ab"],
  ["", "a"], ["2", "12"], [null, 0], [null, -1], [undefined, 0], [NaN, 1], [1, NaN],
  [true, false], [true, 1], ["1", true], ["x", 1], [[2], 1], [[1, 2], "1,3"],
  [{}, "[object Object]"], [Infinity, 1e308], [-Infinity, -1e308], [-0, 0], ["-1", "-2"],
  ["\u00e9", "z"], ["Z", "a"], [" 5", 4], ["5 ", "40"], [null, undefined], ["", 0],
];
for (const [a, b] of pairs) {
  const la = typeof a === "string" ? JSON.stringify(a) : Array.isArray(a) ? `[${a}]` : String(a);
  const lb = typeof b === "string" ? JSON.stringify(b) : Array.isArray(b) ? `[${b}]` : String(b);
  console.log(`${la} vs ${lb}:`, a < b, a > b, a <= b, a >= b);
}
const order: string[] = [];
const left = { valueOf(): number { order.push("left"); return 3; } };
const right = { valueOf(): number { order.push("right"); return 4; } };
const l: any = left;
const r: any = right;
console.log(l < r, l > r, order.join(","));
order.length = 0;
console.log(r >= l, order.join(","));
const words = ["banana", "Apple", "cherry", "apple", "Banana", "10", "9", "_x", "~y"];
const sorted = [...words].sort((x, y) => (x < y ? -1 : x > y ? 1 : 0));
console.log(sorted);
