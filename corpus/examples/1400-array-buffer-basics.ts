// ArrayBuffer: construction from a length (ToIndex), byteLength, slice with relative indices, isView, printing.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const buffer = new ArrayBuffer(6);
console.log(buffer.byteLength, buffer.resizable, buffer.maxByteLength, buffer.detached);
new Uint8Array(buffer).set([1, 2, 3, 4, 5, 255]);
console.log(buffer);
console.log(buffer.slice(1, 3), buffer.slice(-2), buffer.slice(4, 1), buffer.slice());
console.log(new ArrayBuffer(0), new ArrayBuffer(2.7).byteLength, new ArrayBuffer("3" as unknown as number).byteLength);
console.log(ArrayBuffer.isView(new Uint8Array(1)), ArrayBuffer.isView(new DataView(buffer)), ArrayBuffer.isView(buffer), ArrayBuffer.isView([]));
console.log(Object.prototype.toString.call(buffer), String(buffer), typeof buffer, buffer instanceof ArrayBuffer);
console.log(ArrayBuffer.name, ArrayBuffer.length, ArrayBuffer[Symbol.species] === ArrayBuffer);
attempt("negative", () => new ArrayBuffer(-1));
attempt("NaN", () => new ArrayBuffer(NaN).byteLength);
attempt("too big", () => new ArrayBuffer(2 ** 53));
attempt("call", () => (ArrayBuffer as unknown as (n: number) => ArrayBuffer)(1));
attempt("receiver", () => ArrayBuffer.prototype.slice.call(new Uint8Array(2) as unknown as ArrayBuffer, 0));
console.log(new ArrayBuffer(120));
console.log({ nested: { buffer: new ArrayBuffer(3) } }, [new ArrayBuffer(1)]);
