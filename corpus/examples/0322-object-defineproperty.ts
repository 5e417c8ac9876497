// Object.defineProperty: data vs accessor descriptors, redefinition rules, invalid descriptors and their TypeError messages.
const o: Record<string, unknown> = {};
Object.defineProperty(o, "ro", { value: 1, writable: false, enumerable: true, configurable: false });
Object.defineProperty(o, "hidden", { value: "h", writable: true, enumerable: false, configurable: true });
let backing = 10;
Object.defineProperty(o, "acc", {
  get() {
    return backing;
  },
  set(v: number) {
    backing = v * 2;
  },
  enumerable: true,
  configurable: true,
});
console.log(o, Object.keys(o));
o.acc = 5;
console.log(o.acc, backing, o.hidden);

function tryIt(label: string, f: () => unknown): void {
  try {
    const r = f();
    console.log(label, "->", r === o ? "same object" : r);
  } catch (e) {
    console.log(label, "!", (e as Error).name + ": " + (e as Error).message);
  }
}

tryIt("write ro", () => (o.ro = 2));
tryIt("redefine ro same value", () => Object.defineProperty(o, "ro", { value: 1 }));
tryIt("redefine ro new value", () => Object.defineProperty(o, "ro", { value: 2 }));
tryIt("make ro enumerable false", () => Object.defineProperty(o, "ro", { enumerable: false }));
tryIt("hidden to accessor", () => Object.defineProperty(o, "hidden", { get: () => "now accessor" }));
console.log(o.hidden, Object.getOwnPropertyDescriptor(o, "hidden"));
tryIt("mixed descriptor", () => Object.defineProperty(o, "bad", { value: 1, get: () => 2 }));
tryIt("getter not callable", () => Object.defineProperty(o, "bad2", { get: 5 as unknown as () => unknown }));
tryIt("non-object target", () => Object.defineProperty(1 as unknown as object, "x", { value: 1 }));
tryIt("non-object descriptor", () => Object.defineProperty(o, "x", 1 as unknown as PropertyDescriptor));

// Defaults when a property is created by defineProperty.
Object.defineProperty(o, "bare", {});
console.log(Object.getOwnPropertyDescriptor(o, "bare"));

// Array length and indices.
const arr = [1, 2, 3];
Object.defineProperty(arr, "length", { value: 1 });
console.log(arr, arr.length);
Object.defineProperty(arr, 5, { value: "five", enumerable: true, writable: true, configurable: true });
console.log(arr, arr.length);
Object.defineProperty(arr, "length", { writable: false });
tryIt("push on fixed length", () => arr.push(1));
console.log(arr);
