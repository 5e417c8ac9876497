// V8's errors for generator methods on the wrong receivers.
function* g() { yield 1; }
const proto = Object.getPrototypeOf(g.prototype);
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, `${(e as Error).name}: ${(e as Error).message}`);
  }
}
attempt("next on {}", () => proto.next.call({}));
attempt("next on 5", () => proto.next.call(5));
attempt("return on array iterator", () => proto.return.call([1].values()));
attempt("throw on undefined", () => proto.throw.call(undefined));
attempt("next on a helper", () => proto.next.call([1].values().map((x) => x)));
attempt("next on the prototype", () => proto.next.call(g.prototype));
class Fake { next() { return "fake"; } }
attempt("next on a class instance", () => proto.next.call(new Fake()));
attempt("borrowed works", () => proto.next.call(g()));
