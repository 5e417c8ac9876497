// Object destructuring: defaults (only for undefined), renaming, nesting, computed keys, rest, parameters, errors on null.
const src = { a: 1, b: null, c: undefined, d: { e: [10, 20, { f: "deep" }] }, "kebab-key": "k" } as {
  a: number;
  b: number | null;
  c?: number;
  d: { e: [number, number, { f: string }] };
  "kebab-key": string;
  z?: string;
};

const { a, b = 2, c = 3, z = "zz" } = src;
console.log(a, b, c, z);

const { a: renamed, "kebab-key": kebab, d: { e: [first, , { f }] } } = src;
console.log(renamed, kebab, first, f);

const field = "a";
const { [field]: viaComputed, ...rest } = src;
console.log(viaComputed, rest);

// Defaults are evaluated lazily, left to right, and may refer to earlier bindings.
let evaluated = 0;
function dflt(v: number): number {
  evaluated++;
  return v;
}
const { p = dflt(1), q = p + dflt(10) } = { p: 5 } as { p?: number; q?: number };
console.log(p, q, evaluated);

// Destructuring in parameters with defaults for the whole object.
function draw({ x = 0, y = 0, color = "black" }: { x?: number; y?: number; color?: string } = {}): string {
  return `${color}@${x},${y}`;
}
console.log(draw(), draw({}), draw({ x: 5 }), draw({ y: -0, color: "red" }));

// Assignment destructuring (needs parentheses) and swapping via objects.
let m = 1;
let n = 2;
({ m, n } = { m: n, n: m });
console.log(m, n);

// Destructuring primitives: strings and numbers are boxed.
const { length } = "hello";
const { toFixed } = 5;
console.log(length, typeof toFixed);

// Destructuring null/undefined throws.
for (const bad of [null, undefined]) {
  try {
    const { x } = bad as unknown as { x: number };
    console.log(x);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
try {
  const { d: { missing: { deeper } } } = { d: {} } as unknown as { d: { missing: { deeper: number } } };
  console.log(deeper);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Destructuring in for-of over entries.
for (const [key, { score, tags: [firstTag = "none"] = [] }] of Object.entries({
  ann: { score: 3, tags: ["x"] },
  bo: { score: 5 },
} as Record<string, { score: number; tags?: string[] }>)) {
  console.log(key, score, firstTag);
}
