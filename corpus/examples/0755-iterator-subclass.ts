// Subclassing the abstract Iterator: the class supplies next(), the helpers come from
// Iterator.prototype; inspect shows the class name with the [Iterator] tag.
class Range extends Iterator<number> {
  private cur: number;
  private readonly to: number;
  private readonly step: number;
  constructor(from: number, to: number, step = 1) {
    super();
    this.cur = from;
    this.to = to;
    this.step = step;
  }
  next(): IteratorResult<number> {
    if (this.cur >= this.to) return { value: undefined, done: true };
    const v = this.cur;
    this.cur += this.step;
    return { value: v, done: false };
  }
}
console.log(new Range(0, 5).toArray(), new Range(0, 20, 5).map((x) => x / 5).toArray());
console.log(new Range(1, 100).filter((x) => x % 7 === 0).take(4).toArray());
console.log(new Range(1, 6).reduce((a, b) => a * b, 1));
const r = new Range(0, 3);
console.log(r, Object.prototype.toString.call(r), r instanceof Iterator, r[Symbol.iterator]() === r);
console.log([...new Range(0, 3)], Array.from(new Range(5, 8)));
for (const x of new Range(0, 10, 4)) console.log("for-of", x);
class Fib extends Iterator<number> {
  a = 0;
  b = 1;
  next(): IteratorResult<number> {
    const v = this.a;
    [this.a, this.b] = [this.b, this.a + this.b];
    return { value: v, done: false };
  }
}
console.log(new Fib().take(12).toArray());
console.log(new Fib().drop(20).find((x) => x % 2 === 0));
console.log(new Fib().map((x) => x % 10).take(15).toArray().join(""));
console.log(new Fib().some((x) => x > 1000), new Fib().every((x) => x < 50));
