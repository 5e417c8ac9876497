// util.inspect of numbers and special values: -0 everywhere, NaN/Infinity, boxed primitives, sparse arrays, getters, null-proto, Object keys.
console.log(-0, [-0], { z: -0 }, new Set([-0]), [0 * -1, -0 + 0, -0 - 0, Math.round(-0.4)]);
console.log(`${-0}`, String(-0), (-0).toString(), JSON.stringify(-0), -0 + "", [-0].join(), Object.is(-0 * 1, -0));
console.log([NaN, Infinity, -Infinity, 1e21, 1e-7, 0.1, 123e-20, 2 ** 70, -(2 ** -40)]);

// Boxed primitives.
console.log(Object(1), Object(-0), Object("str"), Object(true), [Object("x")], { n: Object(NaN) });
const boxedWithProp = Object("ab") as String & { extra?: number };
boxedWithProp.extra = 1;
console.log(boxedWithProp);

// Sparse arrays of various shapes.
const s1: number[] = [];
s1[3] = 3;
const s2 = [1, , 2, , , 3, , , , 4];
const s3 = new Array(200);
s3[150] = "x";
console.log(s1, s2);
console.log(s3);
console.log([, "a"], [undefined, , null]);

// Getters and setters on plain objects are shown as [Getter], [Setter], [Getter/Setter] (not invoked).
let invoked = 0;
const acc = {
  get g() {
    invoked++;
    return 1;
  },
  set s(_v: number) {},
  get gs() {
    return 2;
  },
  set gs(_v: number) {},
};
console.log(acc, invoked);

// Null-prototype objects and arrays.
const np = Object.create(null) as Record<string, unknown>;
np.a = 1;
np.nested = Object.create(null);
console.log(np, [np]);
const emptyNp = Object.create(null);
console.log(emptyNp);

// Object with numeric-like keys and a non-enumerable property (not shown).
const keyed = { 10: "ten", 9: "nine", "-1": "neg", "1.5": "frac", b: "b", a: "a" };
Object.defineProperty(keyed, "hidden", { value: "not shown", enumerable: false });
console.log(keyed);

// Arrays of objects that fit on one line vs not.
console.log([{ a: 1 }, { b: 2 }, { c: 3 }]);
console.log([{ id: 1, name: "alpha" }, { id: 2, name: "beta" }, { id: 3, name: "gamma" }, { id: 4, name: "delta" }]);
// Objects with more than 6 short entries stay on one line only when the line fits.
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8 });
console.log({ a: 1, b: 2, c: 3, d: 4, e: 5, f: 6, g: 7, h: 8, i: 9, j: 10, k: 11, l: 12, m: 13, n: 14, o: 15, p: 16, q: 17, r: 18, s: 19, t: 20, u: 21, v: 22, w: 23, x: 24, y: 25, z: 26 });
