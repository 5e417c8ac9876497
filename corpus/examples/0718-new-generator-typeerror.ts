// Generator functions and generator methods are not constructors.
function* g() { yield 1; }
const obj = { *m() {} };
class C { *m() {} static *s() {} }
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${(e as Error).name}: ${(e as Error).message}`);
  }
}
attempt("new g()", () => new (g as any)());
attempt("new obj.m()", () => new (obj.m as any)());
attempt("new C.s()", () => new (C.s as any)());
const alias = g;
attempt("new alias()", () => new (alias as any)());
attempt("Reflect-free construct check", () => typeof g.prototype);
attempt("g.prototype.constructor", () => g.prototype.constructor === Object.getPrototypeOf(g));
attempt("call works", () => g().next());
