// SharedArrayBuffer: growable buffers (grow never shrinks), slice, views over shared memory, brand checks against ArrayBuffer.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const shared = new SharedArrayBuffer(4, { maxByteLength: 8 });
console.log(shared, shared.growable, shared.maxByteLength, shared.byteLength, Object.prototype.toString.call(shared));
const tracking = new Uint8Array(shared);
tracking.set([1, 2, 3, 4]);
shared.grow(6);
console.log(shared.byteLength, tracking.length, tracking);
attempt("shrink", () => shared.grow(2));
attempt("beyond max", () => shared.grow(9));
attempt("fixed", () => new SharedArrayBuffer(2).grow(3));
console.log(shared.slice(1, 3), shared.slice(-1), new SharedArrayBuffer(2).growable, new SharedArrayBuffer(3).maxByteLength);
const byteLength = Object.getOwnPropertyDescriptor(ArrayBuffer.prototype, "byteLength")!.get!;
attempt("ArrayBuffer getter", () => byteLength.call(shared));
attempt("ArrayBuffer slice", () => ArrayBuffer.prototype.slice.call(shared, 0));
attempt("shared slice on ArrayBuffer", () => SharedArrayBuffer.prototype.slice.call(new ArrayBuffer(2) as unknown as SharedArrayBuffer, 0));
attempt("needs new", () => (SharedArrayBuffer as unknown as (n: number) => SharedArrayBuffer)(1));
attempt("negative", () => new SharedArrayBuffer(-1));
attempt("max below length", () => new SharedArrayBuffer(4, { maxByteLength: 2 }));
const view = new DataView(shared, 2);
view.setUint16(0, 0xabcd);
console.log(tracking, view);
console.log(JSON.stringify(shared), ArrayBuffer.isView(tracking), tracking.buffer === shared, shared instanceof ArrayBuffer);
