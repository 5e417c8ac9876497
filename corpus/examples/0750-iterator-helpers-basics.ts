// Iterator helpers over built-in iterators: lazy map/filter/take/drop/flatMap and the eager
// reduce/toArray/forEach/some/every/find, with the index argument the callbacks receive.
const nums = [1, 2, 3, 4, 5, 6, 7, 8, 9, 10];
console.log(nums.values().map((x) => x * x).toArray());
console.log(nums.values().filter((x) => x % 3 === 0).toArray());
console.log(nums.values().take(3).toArray(), nums.values().drop(7).toArray());
console.log(nums.values().drop(2).take(3).map((x, i) => `${i}:${x}`).toArray());
console.log(nums.values().flatMap((x) => (x <= 3 ? [x, -x] : [])).toArray());
console.log(nums.values().reduce((a, b) => a + b), nums.values().reduce((a, b) => a + b, 100));
console.log(nums.values().reduce((acc, x, i) => acc + `${x}@${i} `, ""));
console.log(nums.values().some((x) => x > 9), nums.values().some((x) => x > 10));
console.log(nums.values().every((x) => x > 0), nums.values().every((x) => x < 5));
console.log(nums.values().find((x) => x * x > 50), nums.values().find((x) => x > 99));
nums.values().take(3).forEach((x, i) => console.log("forEach", x, i));
console.log(nums.values().map((x, i) => x * i).filter((x, i) => i % 2 === 0).toArray());
console.log(nums.keys().toArray(), nums.entries().take(2).toArray());
console.log([].values().toArray(), [].values().map((x: number) => x).toArray());
console.log(nums.values().take(0).toArray(), nums.values().drop(100).toArray());
console.log(nums.values().take(Infinity).toArray().length, nums.values().drop(0).toArray().length);
console.log(nums.values().drop(2.9).take(1.9).toArray(), nums.values().take(-0).toArray());
console.log(["a", "b"].values().flatMap((s) => s.repeat(2).split("")).toArray());
