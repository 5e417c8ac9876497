// Resizable ArrayBuffer: maxByteLength, resize (zeroed growth), length-tracking and fixed views going out of bounds.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const rab = new ArrayBuffer(4, { maxByteLength: 12 });
console.log(rab.resizable, rab.byteLength, rab.maxByteLength, rab);
const tracking = new Uint8Array(rab);
const fixed = new Uint8Array(rab, 0, 4);
const offset = new Uint16Array(rab, 2);
tracking.fill(7);
console.log(tracking, fixed, offset);
rab.resize(8);
console.log(tracking.length, fixed.length, offset.length, tracking);
rab.resize(2);
console.log(tracking.length, fixed.length, fixed.byteLength, fixed.byteOffset, fixed[0], offset.length, offset.byteOffset);
console.log(tracking, fixed);
attempt("fill out of bounds", () => fixed.fill(1));
attempt("iterate out of bounds", () => [...fixed]);
rab.resize(6);
console.log(tracking, fixed, "grown bytes are zero:", tracking[5]);
attempt("beyond max", () => rab.resize(13));
attempt("negative", () => rab.resize(-1));
attempt("fixed buffer", () => new ArrayBuffer(2).resize(1));
attempt("max below length", () => new ArrayBuffer(4, { maxByteLength: 2 }));
console.log(new ArrayBuffer(3, {}).resizable, new ArrayBuffer(3, { maxByteLength: undefined }).resizable);
console.log(rab.slice(1).resizable, rab.slice(1));
const view = new DataView(rab);
console.log(view.byteLength);
rab.resize(3);
console.log(view.byteLength, view.getUint8(2));
