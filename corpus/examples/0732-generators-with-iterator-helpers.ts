// Generator objects inherit the ES2025 iterator helpers from Iterator.prototype; a helper
// closes the generator (running its finally) when it stops early.
function* numbers() {
  try {
    for (let i = 1; ; i++) yield i;
  } finally {
    console.log("numbers closed");
  }
}
console.log(numbers().map((x) => x * 3).filter((x) => x % 2 === 0).take(4).toArray());
console.log(numbers().drop(5).take(2).toArray());
console.log(numbers().take(5).reduce((a, b) => a + b));
console.log(numbers().some((x) => x > 3), numbers().find((x) => x * x > 30));
console.log(numbers().take(3).flatMap((x) => numbers().take(x)).toArray());
numbers().take(2).forEach((x, i) => console.log("each", x, i));
const g = (function* () { yield "a"; yield "b"; })();
console.log(g.map((s) => s.toUpperCase()).toArray(), g.next());
console.log(Iterator.from(numbers()).take(1).toArray());
const proto = Object.getPrototypeOf(Object.getPrototypeOf(numbers()));
console.log(Object.getPrototypeOf(proto) === Iterator.prototype, numbers() instanceof Iterator);
