const p = (v) => process.stdout.write(String(v) + "\n");
const t = (f) => { try { f(); } catch (e) { p("caught " + e.toString()); } };
function show(a, b) { p(String(this?.tag) + " " + a + " " + b + " " + arguments.length); }
show();
show(1);
show(1, 2, 3);
const obj = { tag: "obj", show };
obj.show("m");
const bound = show.bind(obj, "b1");
bound("b2", "b3");
p(bound.name);
p(bound.length);
p(show.name);
p(show.length);
p(Object.getOwnPropertyNames(show).toString());
show.call(obj, 7, 8);
show.apply(obj, [9, 10]);

const makeCounter = (start) => { let n = start; return () => ++n; };
const c1 = makeCounter(10), c2 = makeCounter(100);
p(c1()); p(c1()); p(c2()); p(c1());

function Point(x) { this.x = x; }
Point.prototype.norm = function () { return this.x * 2; };
for (let i = 0; i < 3; i++) {
  const pt = new Point(i + 3);
  p(pt.x);
  p(pt.norm());
  p(pt instanceof Point);
}
p(obj instanceof Point);
p(Point.prototype.constructor === Point);

class B { f = 1; constructor(x) { this.x = x; } }
class D extends B { constructor() { super(5); this.y = 2; } }
const d = new D();
p(Object.keys(d).toString());
p(d instanceof B);
p(d instanceof D);
t(() => B());
const arrow = () => 1;
t(() => new arrow());
const o = { foo: 5 };
t(() => o.foo());
t(() => obj.missing());
t(() => new Math.max());
t(() => obj instanceof 5);
t(() => obj instanceof {});

function thrower(n) { if (n === 0) throw new RangeError("deep " + n); return thrower(n - 1); }
t(() => thrower(50));
p(0);
try {
  t(() => thrower(3));
  thrower(2);
} catch (e) {
  p("outer " + e.message);
}
function recurse(n) { return recurse(n + 1) + 1; }
t(() => recurse(0));
t(() => recurse(0));
p(0);

const e = new TypeError("bad");
p(e);
p(e instanceof Error);
p(e.stack.split("\n")[0] + "\n    at <anonymous>");
const plain = Error("no new");
p(plain);
const withCause = new Error("c", { cause: 42 });
p(withCause.cause);
p(Object.getOwnPropertyNames(withCause).toString());
p(new Error());
p(new RangeError().stack.split("\n")[0] + "\n    at <anonymous>");
