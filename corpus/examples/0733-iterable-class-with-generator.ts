// Data structures made iterable with a generator [Symbol.iterator]: a linked list, a matrix with
// row and column views, and a range that can be iterated many times.
class LinkedList<T> {
  private head: { value: T; next: unknown } | null = null;
  private size = 0;
  push(value: T): this {
    const node = { value, next: null as unknown };
    if (!this.head) this.head = node;
    else {
      let n = this.head as { value: T; next: unknown };
      while (n.next) n = n.next as { value: T; next: unknown };
      n.next = node;
    }
    this.size++;
    return this;
  }
  *[Symbol.iterator](): Generator<T> {
    for (let n = this.head; n; n = n.next as typeof n) yield n.value;
  }
  get length() { return this.size; }
}
const list = new LinkedList<number>().push(3).push(1).push(4).push(1).push(5);
console.log([...list], list.length, Math.max(...list));
class Matrix {
  readonly cells: number[][];
  constructor(rows: number, cols: number) {
    this.cells = Array.from({ length: rows }, (_, r) => Array.from({ length: cols }, (_, c) => r * cols + c));
  }
  *row(r: number) { yield* this.cells[r]!; }
  *column(c: number) { for (const row of this.cells) yield row[c]!; }
  *[Symbol.iterator]() { for (let r = 0; r < this.cells.length; r++) yield [...this.row(r)]; }
}
const m = new Matrix(3, 4);
console.log([...m.row(1)], [...m.column(2)], [...m]);
class Range {
  readonly lo: number;
  readonly hi: number;
  constructor(lo: number, hi: number) { this.lo = lo; this.hi = hi; }
  *[Symbol.iterator]() { for (let i = this.lo; i < this.hi; i++) yield i; }
}
const r = new Range(2, 6);
console.log([...r], [...r], Array.from(r).reverse(), new Set(r).size);
for (const x of r) for (const y of r) if (x * y === 12) console.log("pair", x, y);
