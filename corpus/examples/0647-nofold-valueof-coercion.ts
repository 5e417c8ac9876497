// Comptime folding must respect user ToPrimitive: valueOf/toString with side effects, call order in + < == and templates, and TypeError when both fail.
const trace: string[] = [];
const mk = (name: string, num: number) => ({
  valueOf() {
    trace.push(name + ".valueOf");
    return num;
  },
  toString() {
    trace.push(name + ".toString");
    return "<" + name + ">";
  },
});
const a: any = mk("a", 1);
const b: any = mk("b", 2);
const flush = (label: string, v: unknown) => {
  console.log(label.padEnd(12), v, "|", trace.join(" "));
  trace.length = 0;
};
flush("a + b", a + b);
flush("b + a", b + a);
flush("a + 's'", a + "s");
flush("template", `${a}${b}`);
flush("String(a)", String(a));
flush("a < b", a < b);
flush("b > a", b > a);
flush("a == 1", a == 1);
flush("a == '1'", a == "1");
flush("a === 1", a === 1);
flush("a * b", a * b);
flush("-a", -a);
flush("[a,b].join", [a, b].join("+"));
flush("Number(b)", Number(b));
flush("Math.max", Math.max(b, a, 0));
flush("a in obj", { [a]: 1 });
const onlyString: any = { toString: () => "42" };
const badPrim: any = { valueOf: () => ({}), toString: () => ({}) };
const numStringy: any = { valueOf: () => "7" };
flush("onlyString*2", onlyString * 2);
flush("onlyString+1", onlyString + 1);
flush("numStringy+1", numStringy + 1);
flush("numStringy*1", numStringy * 1);
for (const f of [() => badPrim + 1, () => `${badPrim}`, () => String(badPrim), () => badPrim < 1]) {
  try {
    console.log(f());
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
class Money {
  cents: number;
  constructor(cents: number) {
    this.cents = cents;
  }
  valueOf() {
    return this.cents;
  }
  toString() {
    return `$${(this.cents / 100).toFixed(2)}`;
  }
}
const m1: any = new Money(150);
const m2: any = new Money(275);
console.log(m1 + m2, `${m1} + ${m2}`, m1 < m2, [m1, m2].sort().map(String), [m2, m1].sort((x, y) => x - y).map(String), m1);
console.log(String(new Money(5)), new Money(5) + "", JSON.stringify({ m: new Money(5) }));
