// The in operator vs hasOwnProperty vs Object.hasOwn: own/inherited, undefined values, arrays and holes, key coercion, errors.
const proto = { inherited: 1 };
const o = Object.create(proto) as Record<string, unknown>;
o.own = undefined;
o[3] = "three";

const keys = ["own", "inherited", "missing", "3", "toString", "constructor"];
for (const k of keys) {
  console.log(k.padEnd(12), k in o, Object.prototype.hasOwnProperty.call(o, k), Object.hasOwn(o, k), o[k] !== undefined);
}

// Arrays: indices, holes, length, and numbers as keys.
const arr = [10, , 30];
console.log(0 in arr, 1 in arr, 2 in arr, 3 in arr, "length" in arr, "0" in arr, -0 in arr);
console.log(Object.hasOwn(arr, 1), Object.hasOwn(arr, "length"), "push" in arr, Object.hasOwn(arr, "push"));

// Key coercion: numbers, booleans, null and objects with toString.
const coerced: Record<string, number> = { "1.5": 1, true: 2, null: 3, custom: 4 };
const k = { toString: () => "custom" };
console.log(1.5 in coerced, (true as unknown as string) in coerced, (null as unknown as string) in coerced, (k as unknown as string) in coerced);

// Right-hand side must be an object.
for (const rhs of ["string", 5, null, undefined]) {
  try {
    console.log("length" in (rhs as unknown as object));
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}

// hasOwnProperty can be shadowed; Object.hasOwn cannot.
const tricky = { hasOwnProperty: (_key: PropertyKey) => true, real: 1 };
console.log(tricky.hasOwnProperty("nothing"), Object.hasOwn(tricky, "nothing"), Object.hasOwn(tricky, "real"));

// Class members: fields are own, methods and accessors are on the prototype.
class K {
  field = 1;
  #priv = 2;
  method(): number {
    return this.#priv;
  }
  get acc(): number {
    return 3;
  }
  static s = 4;
}
const inst = new K();
console.log("field" in inst, "method" in inst, "acc" in inst, "s" in inst, "s" in K, "#priv" in inst);
console.log(Object.hasOwn(inst, "field"), Object.hasOwn(inst, "method"), Object.hasOwn(K.prototype, "method"));
