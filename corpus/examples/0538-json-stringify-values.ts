// JSON.stringify of every value kind: undefined/functions dropped or nulled, NaN/Infinity -> null, -0 -> 0, string escaping, cycles.
const values: unknown[] = [
  undefined, null, true, 0, -0, 1.5, 1e21, 1e-7, NaN, Infinity, -Infinity, "plain", "", () => 1, [], {}, [undefined, () => 1, NaN],
  { a: undefined, b: () => 1, c: null, d: NaN }, new Map([[1, 2]]), new Set([1]), Object(5), Object("str"), Object(false), [[[]]],
];
for (const v of values) {
  const out = JSON.stringify(v);
  console.log(typeof out, out);
}

// String escaping: quotes, backslash, control characters, lone surrogates, U+2028/2029, non-ASCII.
const tricky = 'quote" backslash\\ slash/ \b\f\n\r\t \u0000 \u001f \u007f é 😀 \ud800 \udc00 \u2028\u2029';
console.log(JSON.stringify(tricky));
console.log(JSON.stringify({ [tricky.slice(0, 7)]: 1, "\n": 2, "": 3 }));

// Key order follows property enumeration order.
console.log(JSON.stringify({ b: 1, 2: "two", a: 2, 1: "one", "-1": "neg" }));

// Arrays with holes and extra properties.
const arr: number[] & { extra?: string } = [1, , 3] as number[];
arr.extra = "ignored";
console.log(JSON.stringify(arr));

// Nested toJSON on built-in-like values and inheritance.
const proto = { inherited: true };
const child = Object.create(proto) as Record<string, unknown>;
child.own = 1;
console.log(JSON.stringify(child), JSON.stringify([child]));

// Cycles throw a TypeError with a path description.
const a: Record<string, unknown> = { name: "a" };
const b: Record<string, unknown> = { name: "b", a };
a.b = b;
try {
  JSON.stringify(a);
} catch (e) {
  console.log((e as Error).name);
  console.log((e as Error).message);
}
const selfArr: unknown[] = [1];
selfArr.push(selfArr);
try {
  JSON.stringify({ list: selfArr });
} catch (e) {
  console.log((e as Error).message);
}

// Repeated (non-cyclic) references are fine.
const shared = { s: 1 };
console.log(JSON.stringify({ x: shared, y: shared, z: [shared, shared] }));

// A throwing getter propagates.
try {
  JSON.stringify({
    get boom() {
      throw new RangeError("getter failed");
    },
  });
} catch (e) {
  console.log(String(e));
}
