// Comptime folding around closures: captured state, let-vs-var loop capture, IIFEs with private state, shadowing, recursion through a binding.
const makeAdder = (n: number) => (x: number) => x + n;
const add5 = makeAdder(5);
const add10 = makeAdder(10);
console.log(add5(1), add10(1), makeAdder(-1)(1), add5 === makeAdder(5));
const varFns: Array<() => number> = [];
for (var i = 0; i < 3; i++) varFns.push(() => i);
const letFns: Array<() => number> = [];
for (let j = 0; j < 3; j++) letFns.push(() => j);
console.log(varFns.map((f) => f()), letFns.map((f) => f()));
const account = (() => {
  let balance = 100;
  const history: number[] = [];
  return {
    deposit(n: number) {
      balance += n;
      history.push(n);
      return balance;
    },
    withdraw(n: number) {
      if (n > balance) return "insufficient";
      balance -= n;
      history.push(-n);
      return balance;
    },
    get balance() {
      return balance;
    },
    history: () => history.slice(),
  };
})();
console.log(account.deposit(50), account.withdraw(500), account.withdraw(30), account.balance, account.history());
const x = "global";
function shadow() {
  const x = "function";
  const inner = () => {
    const x = "inner";
    return x;
  };
  return [x, inner()];
}
console.log(x, shadow());
let factorial = (n: number): number => (n <= 1 ? 1 : n * factorial(n - 1));
const saved = factorial;
console.log(saved(5));
factorial = () => 0;
console.log(saved(5), factorial(5));
function once<T>(f: () => T): () => T {
  let done = false;
  let value: T;
  return () => {
    if (!done) {
      value = f();
      done = true;
    }
    return value;
  };
}
let initCount = 0;
const init = once(() => ++initCount * 10);
console.log(init(), init(), initCount);
const compose = (...fns: Array<(n: number) => number>) => (n: number) => fns.reduceRight((acc, f) => f(acc), n);
console.log(compose(add5, (n) => n * 2, Math.abs)(-3), compose()(7));
const counters = Array.from({ length: 3 }, (_, k) => {
  let c = k * 100;
  return () => c++;
});
console.log(counters.map((f) => [f(), f()]));
console.log(add5, makeAdder, account);
