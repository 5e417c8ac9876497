// Tests deep iteration without stack growth via trampolines, accumulator-passing recursion and continuation-style helpers.
type Thunk<T> = { done: true; value: T } | { done: false; next: () => Thunk<T> };
function trampoline<T>(start: Thunk<T>): T {
  let t = start;
  while (!t.done) t = t.next();
  return t.value;
}
function sumBelow(n: number, acc = 0): Thunk<number> {
  if (n === 0) return { done: true, value: acc };
  return { done: false, next: () => sumBelow(n - 1, acc + n) };
}
console.log(trampoline(sumBelow(100000)));
function evenT(n: number): Thunk<boolean> {
  return n === 0 ? { done: true, value: true } : { done: false, next: () => oddT(n - 1) };
}
function oddT(n: number): Thunk<boolean> {
  return n === 0 ? { done: true, value: false } : { done: false, next: () => evenT(n - 1) };
}
console.log(trampoline(evenT(100001)), trampoline(oddT(100001)));
function factAcc(n: number, acc = 1): number {
  return n <= 1 ? acc : factAcc(n - 1, acc * n);
}
console.log(factAcc(20), factAcc(170), factAcc(171));
function reverseAcc<T>(xs: T[], i = 0, acc: T[] = []): T[] {
  return i === xs.length ? acc : reverseAcc(xs, i + 1, [xs[i], ...acc]);
}
console.log(reverseAcc([1, 2, 3, 4, 5]), reverseAcc([]));
function cpsFact(n: number, k: (r: number) => number): number {
  return n <= 1 ? k(1) : cpsFact(n - 1, (r) => k(r * n));
}
console.log(cpsFact(10, (r) => r), cpsFact(5, (r) => -r));
function loopWithState(limit: number): { steps: number; value: number } {
  let state = { steps: 0, value: 1 };
  while (state.value < limit) state = { steps: state.steps + 1, value: state.value * 3 + 1 };
  return state;
}
console.log(loopWithState(1e6), loopWithState(0));
function digitsAcc(n: number, acc: number[] = []): number[] {
  return n < 10 ? [n, ...acc] : digitsAcc(Math.floor(n / 10), [n % 10, ...acc]);
}
console.log(digitsAcc(9007199254740991), digitsAcc(0));
