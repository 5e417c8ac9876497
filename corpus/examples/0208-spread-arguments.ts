// Tests spread in calls, arrays and news: mixing positions, iterables (strings, Sets, Maps), holes and evaluation order.
function three(a: unknown, b: unknown, c: unknown): string {
  return JSON.stringify([a, b, c]);
}
const pair: [number, number] = [1, 2];
const loose: any = three;
console.log(three(...pair, 3), three(0, ...pair), loose(...pair, ...pair), loose(..."xyz"));
console.log(loose(...[1, , 3]), loose(...new Array(3)), loose(...([] as unknown[])));
console.log(Math.max(...[1, 5, 3]), Math.min(...[]), Math.max(...[]), Math.max(...new Set([4, 8, 2])));
const merged = [0, ...pair, ...new Set(["a", "b"]), ..."hi", ...new Map([["k", 1]])];
console.log(merged);
const holes = [...[, 1, ,]];
console.log(holes, holes.length, 0 in holes);
const order: string[] = [];
function src(label: string, items: number[]): number[] {
  order.push(label);
  return items;
}
function arity(...xs: number[]): number {
  return xs.length;
}
console.log(arity(...src("first", [1, 2]), ...src("second", [3]), order.length), order);
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
const coords: [number, number] = [3, 4];
console.log(new Point(...coords));
const copy = [...pair];
copy.push(9);
console.log(pair, copy);
const nested = [[1], [2, [3]]];
const shallow = [...nested];
(shallow[1] as unknown[]).push(4);
console.log(nested, shallow === nested, shallow[0] === nested[0]);
const str = "\u{1F600}ab";
console.log([...str].length, str.length, [...str]);
try {
  const notIterable: any = { length: 2, 0: "a", 1: "b" };
  console.log([...notIterable]);
} catch (e) {
  console.log((e as Error).message);
}
console.log(Array.from({ length: 2, 0: "a", 1: "b" }), String.fromCharCode(...[72, 105]));
