// ArrayBuffer.prototype.transfer / transferToFixedLength: the source is detached, views on it see length 0.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const source = new ArrayBuffer(4);
const view = new Uint8Array(source);
view.set([10, 20, 30, 40]);
const moved = source.transfer();
console.log(source.detached, source.byteLength, moved.byteLength, new Uint8Array(moved));
console.log(view.length, view.byteLength, view.byteOffset, view[0], view);
console.log(source);
attempt("slice detached", () => source.slice(0));
attempt("transfer again", () => source.transfer());
attempt("construct on detached", () => new Uint8Array(source));
attempt("fill detached view", () => view.fill(1));
attempt("values of detached view", () => view.values());
view[0] = 5;
console.log("write ignored:", view[0], 0 in view);
const grown = moved.transfer(6);
console.log(new Uint8Array(grown), moved.detached);
const shrunk = grown.transfer(2);
console.log(new Uint8Array(shrunk));
const rab = new ArrayBuffer(2, { maxByteLength: 8 });
const keep = rab.transfer(5);
console.log(keep.resizable, keep.maxByteLength, keep.byteLength);
const fixed = keep.transferToFixedLength();
console.log(fixed.resizable, fixed.byteLength, keep.detached, keep.maxByteLength);
attempt("transfer past max", () => new ArrayBuffer(1, { maxByteLength: 2 }).transfer(3));
const dv = new DataView(fixed);
fixed.transfer();
attempt("dataview detached", () => dv.getInt8(0));
attempt("dataview byteLength", () => dv.byteLength);
console.log(dv);
