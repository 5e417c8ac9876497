// Tests immediately invoked function expressions: module pattern with private state, IIFE arrows, and scope isolation.
const stack = (() => {
  const items: number[] = [];
  return {
    push(x: number): number { return items.push(x); },
    pop(): number | undefined { return items.pop(); },
    size: (): number => items.length,
    snapshot: (): number[] => [...items],
  };
})();
stack.push(1);
stack.push(2);
stack.push(3);
console.log(stack.pop(), stack.size(), stack.snapshot(), (stack as any).items);
const result = (function (a: number, b: number): number {
  return a ** b;
})(2, 10);
console.log(result);
const config = ((env: string) => {
  const base = { debug: false, level: 1 };
  switch (env) {
    case "dev":
      return { ...base, debug: true };
    case "prod":
      return { ...base, level: 3 };
    default:
      return base;
  }
})("dev");
console.log(config);
let outerCount = 0;
(function () {
  const outerCount = 100;
  console.log("shadowed inside IIFE", outerCount);
})();
console.log("outer untouched", outerCount);
outerCount = ((n: number) => n + 1)(outerCount);
console.log(outerCount);
const fns = [1, 2, 3].map((i) => (() => {
  const secret = i * 7;
  return () => secret;
})());
console.log(fns.map((f) => f()));
const counterModule = (function () {
  let count = 0;
  function change(by: number): void { count += by; }
  return { increment: () => change(1), decrement: () => change(-1), value: () => count };
})();
counterModule.increment();
counterModule.increment();
counterModule.decrement();
console.log(counterModule.value(), Object.keys(counterModule));
void (function sideEffect(): void {
  console.log("void-prefixed IIFE ran");
})();
const negated = !(function (): boolean {
  console.log("bang-prefixed IIFE ran");
  return false;
})();
console.log(negated);
