// Recursive runtime algorithms over user data throw V8's RangeError in the depth class where Node
// throws one, accept nesting well below it, and JSON.parse (iterative in V8) accepts any depth.

function nestedArrays(depth: number): unknown[] {
  let a: unknown[] = [];
  for (let i = 0; i < depth; i++) a = [a];
  return a;
}

function nestedObjects(depth: number): object {
  let o: object = {};
  for (let i = 0; i < depth; i++) o = { o };
  return o;
}

function outcome(label: string, f: () => unknown): void {
  try {
    const r = f();
    console.log(label, "ok", typeof r === "string" ? r.length : r);
  } catch (e) {
    console.log(label, e instanceof RangeError ? "RangeError" : "other", (e as Error).message);
  }
}

for (const depth of [1000, 20000]) {
  outcome(`stringify arrays ${depth}`, () => JSON.stringify(nestedArrays(depth)));
  outcome(`stringify objects ${depth}`, () => JSON.stringify(nestedObjects(depth)));
  outcome(`join ${depth}`, () => nestedArrays(depth).join());
  outcome(`String ${depth}`, () => String(nestedArrays(depth)));
  outcome(`flat ${depth}`, () => nestedArrays(depth).flat(Infinity).length);
  outcome(`reviver ${depth}`, () => JSON.parse("[".repeat(depth) + "]".repeat(depth), (_k, v) => v).length);
}

const deepText = "[".repeat(1000000) + "]".repeat(1000000);
let levels = 0;
for (let x = JSON.parse(deepText) as unknown[]; x.length > 0; x = x[0] as unknown[]) levels++;
console.log("parse 1000000 levels", levels);

function countDown(n: number): number {
  return n === 0 ? 0 : 1 + countDown(n - 1);
}
outcome("recursion 5000", () => countDown(5000));
outcome("recursion 1000000", () => countDown(1000000));

const many = new Array(100000).fill(1);
const tooMany = new Array(200000).fill(1);
outcome("apply 100000", () => Math.max.apply(null, many));
outcome("spread 100000", () => Math.max(...many));
outcome("apply 200000", () => Math.max.apply(null, tooMany));
outcome("spread 200000", () => Math.max(...tooMany));

// A cycle deep in the structure is still found, with V8's path text.
const root: { next?: object } = {};
let tail: { next?: object } = root;
for (let i = 0; i < 2000; i++) {
  const n: { next?: object } = {};
  tail.next = n;
  tail = n;
}
tail.next = root;
try {
  JSON.stringify(root);
} catch (e) {
  console.log((e as Error).message);
}
const cyclic: unknown[] = [1, 2];
cyclic.push(cyclic);
console.log(cyclic.join("-"), String([cyclic, [cyclic]]));
