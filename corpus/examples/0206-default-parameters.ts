// Tests default parameters: undefined (not null) triggers them, they reference earlier params, are evaluated per call and lazily.
function greet(name = "world", punct = "!"): string {
  return `hello ${name}${punct}`;
}
console.log(greet(), greet("bob"), greet(undefined, "?"), greet(null as any), greet("", ""));
function range(start: number, end = start + 5, step = end > start ? 1 : -1): number[] {
  const out: number[] = [];
  for (let i = start; step > 0 ? i < end : i > end; i += step) out.push(i);
  return out;
}
console.log(range(0), range(3, 6), range(5, 1), range(0, 10, 3));
let evals = 0;
function tick(): number {
  return ++evals;
}
function lazy(a: number, b = tick()): string {
  return `${a},${b}`;
}
console.log(lazy(1, 2), evals, lazy(1), evals, lazy(1), evals);
function freshArray(item: number, list: number[] = []): number[] {
  list.push(item);
  return list;
}
console.log(freshArray(1), freshArray(2), freshArray(3, [0]));
function withObj({ x = 1, y = 2 } = {}): number {
  return x * 10 + y;
}
console.log(withObj(), withObj({}), withObj({ x: 5 }), withObj({ y: 9, x: 0 }));
const order: string[] = [];
function trace(label: string, v: number): number {
  order.push(label);
  return v;
}
function ordered(a = trace("a", 1), b = trace("b", a + 1), c = trace("c", b * 2)): number[] {
  return [a, b, c];
}
console.log(ordered(), order.join(""));
order.length = 0;
console.log(ordered(10, undefined, 0), order.join(""));
const base = 1000;
function closesOverOuter(x = base + 1): number {
  return x;
}
console.log(closesOverOuter());
function fnDefault(cb: (n: number) => number = (n) => n * n): number {
  return cb(7);
}
console.log(fnDefault(), fnDefault((n) => -n));
const arrowDefaults = (a = 1, b = a * 2, ...rest: number[]): number[] => [a, b, ...rest];
console.log(arrowDefaults(), arrowDefaults(5), arrowDefaults(5, 6, 7, 8));
function tdzDefault(a = (): number => b, b = 2): number {
  return a();
}
console.log(tdzDefault());
const readsLaterLet = (x: number = laterLet): number => x;
try {
  console.log(readsLaterLet());
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
let laterLet = 5;
console.log(readsLaterLet(), readsLaterLet(1));
