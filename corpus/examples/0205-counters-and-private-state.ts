// Tests closures as private mutable state: independent counters, shared state between closures, reset and generators of ids.
function makeCounter(start = 0, step = 1): { inc: () => number; dec: () => number; reset: () => void; peek: () => number } {
  let value = start;
  return {
    inc: () => (value += step),
    dec: () => (value -= step),
    reset: () => { value = start; },
    peek: () => value,
  };
}
const a = makeCounter();
const b = makeCounter(100, 10);
a.inc();
a.inc();
b.dec();
console.log(a.peek(), b.peek(), a.inc(), b.inc(), b.inc());
a.reset();
console.log(a.peek(), b.peek());
function idGenerator(prefix: string): () => string {
  let n = 0;
  return () => `${prefix}-${String(++n).padStart(3, "0")}`;
}
const nextUser = idGenerator("user");
const nextOrder = idGenerator("ord");
console.log(nextUser(), nextUser(), nextOrder(), nextUser(), nextOrder());
function once<T>(f: () => T): () => T {
  let done = false;
  let result: T;
  return () => {
    if (!done) {
      result = f();
      done = true;
    }
    return result;
  };
}
let initCount = 0;
const init = once(() => ++initCount * 42);
console.log(init(), init(), init(), initCount);
function makeAccount(balance: number): { deposit: (x: number) => number; withdraw: (x: number) => number; history: () => string[] } {
  const log: string[] = [];
  return {
    deposit(x) { balance += x; log.push(`+${x}`); return balance; },
    withdraw(x) {
      if (x > balance) { log.push(`!${x}`); return balance; }
      balance -= x;
      log.push(`-${x}`);
      return balance;
    },
    history: () => [...log],
  };
}
const acct = makeAccount(50);
console.log(acct.deposit(25), acct.withdraw(100), acct.withdraw(30), acct.history());
const counters = [1, 2, 3].map((s) => makeCounter(0, s));
for (let round = 0; round < 3; round++) counters.forEach((c) => c.inc());
console.log(counters.map((c) => c.peek()));
