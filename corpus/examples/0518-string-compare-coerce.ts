// String comparison (code-unit order), + concatenation coercions, String() of every value kind, template literal conversion.
const pairs: [string, string][] = [["a", "b"], ["B", "a"], ["apple", "app"], ["10", "9"], ["", "a"], ["é", "z"], ["😀", "\uffff"], ["abc", "abc"]];
for (const [x, y] of pairs) console.log(JSON.stringify(x), JSON.stringify(y), x < y, x > y, x === y);

// Mixed comparisons convert the string to a number.
const mixed: [unknown, unknown][] = [["10", 9], ["abc", 1], ["", 0], [" 5 ", 5], ["0x10", 16], ["1e3", 999]];
for (const [x, y] of mixed) console.log(JSON.stringify(x), y, (x as number) < (y as number), (x as number) > (y as number), x == y);

// String() for every kind of value.
const values: unknown[] = [0, -0, 1.5, -1e-7, 1e21, NaN, Infinity, true, null, undefined, "s", [1, [2]], {}, [], [null], () => 0];
console.log(values.map((v) => String(v)));
console.log(values.map((v) => `${v as string}`).join("|"));

// + concatenation: left-to-right evaluation matters.
const n = (v: unknown) => v as number;
console.log(1 + 2 + "3", "1" + 2 + 3, 1 + +"2" + 3, n("3") - 1 + "1", n("5") * n("2"), n([1]) + n([2]), {} + "x");
console.log(null + "x", undefined + "x", true + "x", -0 + "", 0.1 + 0.2 + "");
console.log((1 as unknown as string) + (null as unknown as string), (1 as unknown as number) + (undefined as unknown as number), (true as unknown as number) + (true as unknown as number));

// String concatenation in a loop vs join.
let acc = "";
for (let i = 0; i < 10; i++) acc += i % 3 === 0 ? i : "-";
console.log(acc, acc.length);

// concat method with non-strings.
console.log("a".concat(1 as unknown as string, null as unknown as string, [2, 3] as unknown as string, {} as unknown as string));

// localeCompare-free sorting by code units, and by numbers embedded.
const files = ["file10.txt", "file2.txt", "File1.txt", "file1.txt"];
console.log([...files].sort());
const num = (f: string) => Number(f.slice(4, f.indexOf(".")));
console.log([...files].sort((a, b) => num(a) - num(b) || (a < b ? -1 : a > b ? 1 : 0)));
