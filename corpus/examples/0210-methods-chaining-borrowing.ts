// Tests methods: shorthand vs function-valued properties, chaining by returning this, borrowing via call, methods in arrays.
class QueryBuilder {
  parts: string[] = [];
  select(...cols: string[]): this {
    this.parts.push(`SELECT ${cols.join(", ")}`);
    return this;
  }
  from(t: string): this {
    this.parts.push(`FROM ${t}`);
    return this;
  }
  where(cond: string): this {
    this.parts.push(`WHERE ${cond}`);
    return this;
  }
  build(): string {
    return this.parts.join(" ");
  }
}
console.log(new QueryBuilder().select("a", "b").from("t").where("a > 1").build());
const calc = {
  value: 0,
  add(n: number) { this.value += n; return this; },
  mul(n: number) { this.value *= n; return this; },
  toString(): string { return `calc(${this.value})`; },
};
console.log(String(calc.add(3).mul(4).add(-2)), `${calc}`, calc.value);
const arrayLike = { 0: "x", 1: "y", 2: "z", length: 3 };
console.log(Array.prototype.join.call(arrayLike, "+"), Array.prototype.map.call(arrayLike, (s: unknown) => String(s).toUpperCase()));
console.log(Array.prototype.slice.call("abc"), Array.prototype.indexOf.call(arrayLike, "y"));
console.log(Object.prototype.toString.call([]), Object.prototype.toString.call(null), Object.prototype.toString.call(1));
console.log(Object.prototype.hasOwnProperty.call(calc, "value"), Object.prototype.hasOwnProperty.call(calc, "nope"));
const ops: Array<(a: number, b: number) => number> = [(a, b) => a + b, (a, b) => a - b, Math.max, Math.pow];
console.log(ops.map((op) => op(2, 5)));
const table: Record<string, (s: string) => string> = {
  upper: (s) => s.toUpperCase(),
  rev: (s) => [...s].reverse().join(""),
  dup: (s) => s + s,
};
for (const name of Object.keys(table).sort()) console.log(name, table[name]("abc"));
const person = {
  first: "Ada",
  last: "Lovelace",
  full() { return `${this.first} ${this.last}`; },
};
const other = { first: "Alan", last: "Turing" };
console.log(person.full(), person.full.call(other));
const unbound = person.full;
try {
  console.log(unbound());
} catch (e) {
  console.log((e as Error).message);
}
const toFixed2 = Number.prototype.toFixed;
console.log(toFixed2.call(3.14159, 2), [1.005, 2.5].map((n) => toFixed2.call(n, 1)));
console.log(["a", "b"].map(String.prototype.toUpperCase.call, String.prototype.toUpperCase));
