// toString/valueOf overrides: String(), template literals, + concatenation, comparisons, join, and which hook each one uses.
class Money {
  cents: number;
  constructor(cents: number) {
    this.cents = cents;
  }
  toString(): string {
    return "$" + (this.cents / 100).toFixed(2);
  }
  valueOf(): number {
    return this.cents;
  }
}

const a = new Money(1050);
const b = new Money(299);
console.log(String(a), `${a}`, "" + a, a + "");
console.log(+a, a.valueOf() + b.valueOf(), (a as unknown as number) + (b as unknown as number));
console.log((a as unknown as number) > (b as unknown as number), (a as unknown as number) == 1050);
console.log([a, b].join(" | "), [a, b].toString());
console.log(a);
console.log("%s and %s", a, b);

// Only toString: + uses it via the default hint.
class Tag {
  name: string;
  constructor(name: string) {
    this.name = name;
  }
  toString(): string {
    return "<" + this.name + ">";
  }
}
const t = new Tag("div");
console.log(String(t), `${t}`, "x" + t, (t as unknown as number) * 1);

// Only valueOf: String() falls back to Object.prototype.toString.
class Num {
  v: number;
  constructor(v: number) {
    this.v = v;
  }
  valueOf(): number {
    return this.v;
  }
}
const n = new Num(7);
console.log(String(n), `${n}`, "" + n, (n as unknown as number) * 2);

// toString returning a non-primitive falls back to valueOf; both failing throws.
const weird = {
  toString() {
    return {};
  },
  valueOf() {
    return 42;
  },
};
console.log(String(weird), `${weird}`);
const broken = {
  toString() {
    return {};
  },
  valueOf() {
    return {};
  },
};
try {
  console.log(String(broken));
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Default toString of objects, arrays and classes.
class Plain {}
console.log(String(new Plain()), String({}), String([1, [2, 3]]), String([]), String([null, undefined]));
console.log(`${[1, 2]}`, `${{}}`, Object.prototype.toString.call([]), Object.prototype.toString.call(null));
