// Object.groupBy and Map.groupBy: key coercion, null-prototype result, index argument, iterables, errors.
type Order = { id: number; customer: string; total: number };
const orders: Order[] = [
  { id: 1, customer: "ada", total: 30 },
  { id: 2, customer: "bob", total: 5 },
  { id: 3, customer: "ada", total: 12 },
  { id: 4, customer: "cy", total: 99 },
];
const byCustomer = Object.groupBy(orders, (o) => o.customer);
console.log(Object.keys(byCustomer), byCustomer.ada!.map((o) => o.id));
console.log(Object.getPrototypeOf(byCustomer), "toString" in byCustomer);

// keys are property keys: numbers become strings, integer-like keys sort first
const bySize = Object.groupBy([3, 10, 250, 7, 42], (n) => (n < 10 ? "small" : n < 100 ? 2 : Symbol.for("huge")));
console.log(bySize, Object.keys(bySize));

// the callback receives the index
console.log(Object.groupBy("abcdef", (_c, i) => (i % 3 === 0 ? "first" : "rest")));

// Map.groupBy keeps key identity (objects, NaN and -0 as SameValueZero)
const vip = { level: "vip" };
const regular = { level: "regular" };
const tiers = Map.groupBy(orders, (o) => (o.total > 20 ? vip : regular));
console.log(tiers.get(vip)!.length, tiers.get(regular)!.length, tiers.get({ level: "vip" }));
const zeros = Map.groupBy([0, -0, NaN, NaN], (x) => x);
console.log([...zeros.keys()], zeros.get(0));

// any iterable: a Set, a Map's entries
const grouped = Object.groupBy(new Set(["apple", "avocado", "banana"]), (w) => w[0]!);
console.log(grouped);
const entries = Object.groupBy(new Map([["x", 1], ["y", 2], ["z", 3]]), ([, v]) => (v % 2 ? "odd" : "even"));
console.log(JSON.stringify(entries));

// empty input: an empty null-prototype object
console.log(Object.groupBy([], () => "never"));

// errors: not iterable, not callable, a throwing callback stops the walk
for (const f of [
  () => Object.groupBy(null as unknown as number[], (x) => x),
  () => Object.groupBy([1], 5 as unknown as () => string),
  () => Map.groupBy(undefined as unknown as number[], (x) => x),
]) {
  try {
    f();
  } catch (e) {
    console.log((e as Error).constructor.name, (e as Error).message);
  }
}
let seen = 0;
try {
  Object.groupBy([1, 2, 3], (x) => {
    seen++;
    if (x === 2) throw new Error("stop at " + x);
    return "k";
  });
} catch (e) {
  console.log((e as Error).message, seen);
}
