// JSON.stringify of objects and class instances: toJSON hooks, private fields hidden, getters on prototypes skipped, nested toJSON.
class User {
  name: string;
  #password: string;
  roles: string[];
  constructor(name: string, password: string, roles: string[]) {
    this.name = name;
    this.#password = password;
    this.roles = roles;
  }
  get isAdmin(): boolean {
    return this.roles.includes("admin");
  }
  check(p: string): boolean {
    return p === this.#password;
  }
}

const u = new User("ann", "s3cret", ["admin", "dev"]);
console.log(JSON.stringify(u));
console.log(u.check("s3cret"), u.isAdmin);

class Money {
  cents: number;
  currency: string;
  constructor(cents: number, currency: string) {
    this.cents = cents;
    this.currency = currency;
  }
  toJSON(key: string): string {
    return `${(this.cents / 100).toFixed(2)} ${this.currency} (key=${JSON.stringify(key)})`;
  }
}
const order = { id: 7, total: new Money(12345, "EUR"), items: [new Money(5, "EUR")], nested: { fee: new Money(0, "USD") } };
console.log(JSON.stringify(order));
console.log(JSON.stringify(new Money(1, "X")));
console.log(JSON.stringify(order, null, 2));

// toJSON returning undefined drops the property; returning an object is serialized normally.
const dropped = { keep: 1, drop: { toJSON: () => undefined }, swap: { toJSON: () => ({ swapped: [true] }) } };
console.log(JSON.stringify(dropped));

// A class with custom serialization and revival.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
  toJSON(): [string, number, number] {
    return ["Point", this.x, this.y];
  }
  static revive(_key: string, value: unknown): unknown {
    if (Array.isArray(value) && value[0] === "Point") return new Point(value[1], value[2]);
    return value;
  }
}
const text = JSON.stringify({ a: new Point(1, 2), list: [new Point(-1, 0.5)] });
console.log(text);
const back = JSON.parse(text, Point.revive);
console.log(back, back.a instanceof Point);

// Objects with non-enumerable and inherited properties.
const base = { inherited: "no" };
const derived = Object.create(base) as Record<string, unknown>;
derived.own = "yes";
Object.defineProperty(derived, "hidden", { value: "no", enumerable: false });
console.log(JSON.stringify(derived));
