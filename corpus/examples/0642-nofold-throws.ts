// Comptime folding must bail: pure functions that throw for constant arguments — the error must surface at run time, in order, with V8 messages.
class ParseError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ParseError";
  }
}
function parseDigit(s: string): number {
  const c = s.charCodeAt(0);
  if (s.length !== 1 || c < 48 || c > 57) throw new ParseError(`not a digit: ${JSON.stringify(s)}`);
  return c - 48;
}
function checkedSqrt(x: number): number {
  if (x < 0) throw new RangeError(`negative input ${x}`);
  return Math.sqrt(x);
}
const order: string[] = [];
function attempt(label: string, f: () => unknown): void {
  try {
    order.push(label);
    console.log(label, "=>", f());
  } catch (e) {
    if (e instanceof Error) console.log(label, "threw", e.constructor.name, "|", e.name, "|", e.message);
    else console.log(label, "threw non-error", e);
  } finally {
    order.push(label + "!");
  }
}
const nothing: any = undefined;
const nul: any = null;
const notFn: any = 5;
const arrowFn: any = () => 1;
const obj: any = { inner: null };
attempt("digit 7", () => parseDigit("7"));
attempt("digit x", () => parseDigit("x"));
attempt("sqrt 16", () => checkedSqrt(16));
attempt("sqrt -1", () => checkedSqrt(-1));
attempt("undefined.x", () => nothing.x);
attempt("null.x", () => nul.x);
attempt("deep", () => obj.inner.value);
attempt("set on undefined", () => (nothing.y = 1));
attempt("call number", () => notFn());
attempt("call method", () => obj.run());
attempt("new arrow", () => new arrowFn());
attempt("repeat -1", () => "ab".repeat(-1));
attempt("repeat Infinity", () => "ab".repeat(Infinity));
attempt("array -1", () => new Array(-1));
attempt("array 1.5", () => new Array(1.5));
attempt("json", () => JSON.parse("{bad"));
attempt("throw string", () => {
  throw "plain string";
});
attempt("throw number", () => {
  throw 42;
});
attempt("toFixed", () => (1).toFixed(101));
attempt("freeze", () => {
  "use strict";
  const f = Object.freeze([1, 2]) as number[];
  f.push(3);
});
attempt("circular json", () => {
  const a: any = { name: "a" };
  a.self = a;
  return JSON.stringify(a);
});
attempt("stack overflow", () => {
  const down = (n: number): number => down(n + 1) + 1;
  return down(0);
});
console.log(order.join(" "));
function finallyOverrides(): string {
  try {
    throw new Error("lost");
  } finally {
    return "finally wins";
  }
}
console.log(finallyOverrides());
