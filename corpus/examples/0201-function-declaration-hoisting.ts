// Tests function declaration hoisting: calls before the declaration, hoisting inside blocks and nested functions, redefinition.
console.log(square(7), typeof square, typeof lateArrow);
function square(n: number): number {
  return n * n;
}
function outer(): string[] {
  const out = [inner("a")];
  function inner(s: string): string {
    return s + helper();
  }
  function helper(): string {
    return "!";
  }
  out.push(inner("b"));
  return out;
}
console.log(outer());
var lateArrow: (() => string) | undefined = (): string => "arrow";
console.log(lateArrow!());
function isEven(n: number): boolean {
  return n === 0 ? true : isOdd(n - 1);
}
function isOdd(n: number): boolean {
  return n === 0 ? false : isEven(n - 1);
}
console.log([0, 1, 7, 10].map(isEven), isOdd(101));
function blockFns(flag: boolean): string {
  if (flag) {
    return local();
    function local(): string {
      return "block-local hoisted within block";
    }
  }
  return "flag off";
}
console.log(blockFns(true), blockFns(false));
function usesLaterConst(): number {
  return LIMIT * 2;
}
const LIMIT = 21;
console.log(usesLaterConst());
function countCalls(): number {
  countCalls.calls = (countCalls.calls ?? 0) + 1;
  return countCalls.calls;
}
countCalls.calls = 0 as number | undefined;
countCalls();
countCalls();
console.log(countCalls(), countCalls.calls, countCalls);
function returnsFn(): () => string {
  return named;
  function named(): string {
    return "declared after return";
  }
}
console.log(returnsFn()(), returnsFn().name);
