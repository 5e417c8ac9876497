// DataView: every get/set method in both byte orders, offsets, bounds and V8's errors.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const buffer = new ArrayBuffer(16);
const view = new DataView(buffer, 2);
console.log(view.byteLength, view.byteOffset, view.buffer === buffer);
view.setInt8(0, -2);
view.setUint8(1, 513);
view.setInt16(2, -300);
view.setUint16(4, 0xbeef, true);
view.setInt32(6, -123456789);
console.log(new Uint8Array(buffer));
console.log(view.getInt8(0), view.getUint8(0), view.getUint8(1), view.getInt16(2), view.getInt16(2, true), view.getUint16(4), view.getUint16(4, true));
console.log(view.getInt32(6), view.getInt32(6, true), view.getUint32(6), view.getUint32(6, true));
view.setFloat32(0, 1.1);
console.log(view.getFloat32(0), view.getFloat32(0, true));
view.setFloat64(4, -Math.E, true);
console.log(view.getFloat64(4, true), view.getFloat64(4), new Uint8Array(buffer, 6, 8));
view.setFloat16(0, 65504);
console.log(view.getFloat16(0), view.getUint16(0).toString(16), view.getFloat16(0, true));
view.setUint32(0, 0xdeadbeef);
console.log(view.getUint32(0).toString(16), view.getUint32(0, true).toString(16), view.getUint8(0).toString(16));
attempt("past end", () => view.getInt32(12));
attempt("negative", () => view.getInt8(-1));
attempt("set past end", () => view.setInt16(13, 1));
attempt("not a buffer", () => new DataView({} as ArrayBuffer));
attempt("offset past end", () => new DataView(buffer, 17));
attempt("length past end", () => new DataView(buffer, 8, 9));
attempt("needs new", () => (DataView as unknown as (b: ArrayBuffer) => DataView)(buffer));
attempt("receiver", () => DataView.prototype.getInt8.call(new Uint8Array(1) as unknown as DataView, 0));
console.log(new DataView(buffer, 16).byteLength, Object.prototype.toString.call(view));
console.log(view);
