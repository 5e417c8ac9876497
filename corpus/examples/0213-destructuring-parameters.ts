// Tests destructuring patterns in function and arrow parameters with defaults at both the pattern and the property level.
function area({ w = 1, h = w }: { w?: number; h?: number } = {}): number {
  return w * h;
}
console.log(area(), area({}), area({ w: 3 }), area({ h: 5 }), area({ w: 2, h: 7 }));
const dist = ([x1, y1]: number[], [x2, y2]: number[]): number => Math.hypot(x2 - x1, y2 - y1);
console.log(dist([0, 0], [3, 4]), dist([1, 1], [1, 1]));
function describe({ name, address: { city = "?", zip } = {} as { city?: string; zip?: string } }: { name: string; address?: { city?: string; zip?: string } }): string {
  return `${name} @ ${city} ${zip}`;
}
console.log(describe({ name: "A" }), describe({ name: "B", address: { zip: "123" } }), describe({ name: "C", address: { city: "X", zip: "9" } }));
function head([first, ...others]: string[] = ["default"]): string {
  return `${first} (+${others.length})`;
}
console.log(head(), head([]), head(["a", "b", "c"]));
const pairs: Array<[string, number]> = [["a", 1], ["b", 2]];
console.log(pairs.map(([k, v]) => `${k}=${v}`).join("&"));
const users = [{ id: 1, info: { age: 30 } }, { id: 2, info: { age: 17 } }];
console.log(users.filter(({ info: { age } }) => age >= 18).map(({ id }) => id));
function opts(required: string, { verbose = false, level = 1 }: { verbose?: boolean; level?: number } = {}, ...extra: string[]): string {
  return `${required}:${verbose}:${level}:${extra.join("")}`;
}
console.log(opts("r"), opts("r", { level: 3 }), opts("r", undefined, "x", "y"), opts("r", { verbose: true }));
const swap = ([a, b]: [unknown, unknown]): [unknown, unknown] => [b, a];
console.log(swap([1, "one"]));
function callCount({ n }: { n: number }, counter = { calls: 0 }): number {
  counter.calls++;
  return n + counter.calls;
}
console.log(callCount({ n: 10 }), callCount({ n: 10 }));
const entries = Object.entries({ x: 1, y: 2, z: 3 });
console.log(entries.reduce((acc, [k, v]) => acc + k.repeat(v), ""));
try {
  area(null as unknown as {});
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
