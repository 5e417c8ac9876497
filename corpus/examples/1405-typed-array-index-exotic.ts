// Integer-indexed exotic objects: canonical numeric string keys never reach the prototype; out-of-range reads are undefined, writes ignored.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const a = new Uint8Array([1, 2, 3]) as Uint8Array & Record<string, unknown>;
a[5] = 9;
a[-1] = 9;
a["1.5"] = 9;
a["-0"] = 9;
a["01"] = 9;
a.label = "x";
console.log(a, a[5], a[-1], a["1.5"], a["-0"], a["01"], a["Infinity"], a["NaN"]);
console.log(Object.keys(a), "5" in a, "2" in a, "-0" in a, "01" in a);
(Object.prototype as Record<string, unknown>)["7"] = "proto";
console.log(a[7], ({} as Record<string, unknown>)[7]);
delete (Object.prototype as Record<string, unknown>)["7"];
console.log(Object.getOwnPropertyDescriptor(a, "0"), Object.getOwnPropertyDescriptor(a, "3"));
attempt("delete element", () => delete a[0]);
console.log("delete past end", delete a[10]);
attempt("define past end", () => Object.defineProperty(a, "4", { value: 1 }));
attempt("define non-configurable", () => Object.defineProperty(a, "0", { value: 1, configurable: false }));
attempt("define accessor", () => Object.defineProperty(a, "0", { get: () => 1 }));
console.log(Object.defineProperty(a, "0", { value: 42 })[0]);
attempt("freeze", () => Object.freeze(a));
attempt("seal", () => Object.seal(new Uint8Array(2)));
console.log(Object.seal(new Uint8Array(0)), Object.isSealed(new Uint8Array(1)));
console.log(Object.isFrozen(new Uint8Array(0)), Object.isFrozen(Object.freeze(new Uint8Array(0))));
for (const k in a) console.log("for-in", k);
console.log({ ...a }, Object.entries(new Int8Array([-1, 2])));
const child = Object.create(new Uint8Array([4, 5])) as Uint8Array;
console.log(child[0], child[3], 1 in child);
