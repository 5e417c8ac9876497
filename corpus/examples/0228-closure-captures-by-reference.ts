// Tests that closures capture variables (not values): later assignments are visible, shared captures, and captured params.
let message = "initial";
const read = (): string => message;
message = "changed after closure creation";
console.log(read());
function makePair(): { get: () => number; set: (v: number) => void } {
  let hidden = 1;
  return { get: () => hidden, set: (v) => { hidden = v; } };
}
const p1 = makePair();
const p2 = makePair();
p1.set(10);
console.log(p1.get(), p2.get());
function captureParam(x: number): [() => number, () => void] {
  return [() => x, () => { x *= 2; }];
}
const [getX, doubleX] = captureParam(3);
doubleX();
doubleX();
console.log(getX());
const fns: Array<() => string> = [];
let shared = "a";
for (const suffix of ["1", "2"]) fns.push(() => shared + suffix);
shared = "z";
console.log(fns.map((f) => f()));
function outer(): () => () => number {
  let level = 1;
  return () => {
    level++;
    return () => level * 100;
  };
}
const mid = outer();
const leaf1 = mid();
const leaf2 = mid();
console.log(leaf1(), leaf2());
const objRef = { n: 1 };
const seesObj = (): number => objRef.n;
objRef.n = 2;
console.log(seesObj());
let late: () => string;
{
  let inner = "block value";
  late = () => inner;
  inner = "block value updated";
}
console.log(late());
function accumulate(): (n?: number) => number[] {
  const items: number[] = [];
  return (n?: number) => {
    if (n !== undefined) items.push(n);
    return items;
  };
}
const acc = accumulate();
acc(1);
acc(2);
const snapshot = acc();
acc(3);
console.log(snapshot, snapshot === acc());
