// Each generator function has its own `prototype`, inherited by the generator objects it creates:
// methods added there are visible to its generators only; a non-object prototype falls back to
// %GeneratorPrototype%.
function* letters() { yield "a"; yield "b"; }
function* digits() { yield 1; }
(letters.prototype as any).describe = function (this: Generator) { return "a letters generator"; };
const l = letters() as Generator<string> & { describe(): string };
console.log(l.describe(), "describe" in digits(), l.next());
console.log(Object.keys(letters.prototype), Object.getPrototypeOf(l) === letters.prototype);
function* replaced() { yield 0; }
(replaced as any).prototype = { custom: true };
const r = replaced();
console.log((r as any).custom, typeof r.next, Object.getPrototypeOf(r) === (replaced as any).prototype);
try {
  console.log(r.next());
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
function* primitiveProto() { yield "p"; }
(primitiveProto as any).prototype = 42;
const p = primitiveProto();
console.log(p.next(), Object.getPrototypeOf(Object.getPrototypeOf(p)) === Iterator.prototype);
const shared = Object.getPrototypeOf(letters.prototype);
shared.extra = function () { return "on every generator"; };
console.log((digits() as any).extra());
delete shared.extra;
console.log("extra" in digits());
