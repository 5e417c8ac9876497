// CommonJS code is sloppy: an assignment whose [[Set]] fails is ignored instead of throwing
// (ECMA-262 6.2.5.6 PutValue), and delete of a non-configurable property answers false.
const frozen = Object.freeze({ a: 1, nested: { b: 2 } });
(frozen as { a: number }).a = 2;
(frozen as unknown as { added: number }).added = 3;
frozen.nested.b = 20; // the nested object is not frozen
console.log(frozen, Object.keys(frozen));

const readOnly: { x?: number } = {};
Object.defineProperty(readOnly, "x", { value: 1, writable: false, enumerable: true });
readOnly.x = 5;
readOnly.x++;
readOnly.x += 10;
console.log(readOnly.x);

const getterOnly = {
  get g(): number {
    return 42;
  },
};
(getterOnly as { g: number }).g = 0;
console.log(getterOnly.g);

const sealed = Object.seal({ s: 1 });
sealed.s = 2; // still writable
(sealed as { s: number; t?: number }).t = 3;
console.log(sealed, delete (sealed as { s?: number }).s);

const closed = Object.preventExtensions({ p: 1 });
(closed as { p: number; q?: number }).q = 2;
console.log(closed);

const arr = Object.freeze([1, 2, 3]);
(arr as number[])[0] = 9;
(arr as number[])[5] = 9;
(arr as number[]).length = 0;
console.log(arr, arr.length, delete (arr as number[])[0]);

// Writes to primitives are dropped; reading them back gives undefined.
const n = 5 as unknown as { tag?: string };
n.tag = "x";
const s = "abc" as unknown as { [k: number]: string; length: number; extra?: number };
s[0] = "z";
s.length = 1;
s.extra = 1;
console.log(n.tag, s, s.length, s.extra);

// Inherited read-only properties and setters without a getter.
const proto = Object.defineProperty({}, "fixed", { value: "proto", writable: false });
const child = Object.create(proto) as { fixed: string };
child.fixed = "own";
console.log(child.fixed, Object.keys(child));

console.log(delete (Object.prototype as { toString?: unknown }).toString === true, delete (Math as { PI?: number }).PI);

// Strict functions keep throwing.
function strictWrite(): void {
  "use strict";
  for (const attempt of [() => ((frozen as { a: number }).a = 2), () => ((getterOnly as { g: number }).g = 0), () => (n.tag = "y"), () => delete (arr as number[])[0]]) {
    try {
      attempt();
    } catch (e) {
      console.log((e as Error).constructor.name);
    }
  }
}
strictWrite();

// Class bodies are strict too.
class Writer {
  write(): string {
    try {
      (frozen as { a: number }).a = 3;
      return "no error";
    } catch (e) {
      return (e as Error).constructor.name;
    }
  }
}
console.log(new Writer().write());
