// Typed array constructors: from a length, an array, an iterable, an array-like, another typed array, a buffer with offset and length.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

console.log(new Int8Array(3), new Uint8Array(), new Float64Array(2.9));
console.log(new Int16Array([1, -2, 3]), new Uint32Array(new Set([1, 2, 3])));
console.log(new Float32Array({ length: 3, 0: 1.5, 2: "2" } as unknown as ArrayLike<number>));
function* gen(): Generator<number> { yield 1; yield 2; yield 300; }
console.log(new Uint8Array(gen()));
console.log(new Uint8Array(new Int16Array([257, -1, 128])), new Float64Array(new Float32Array([0.1])));
const buffer = new ArrayBuffer(16);
const whole = new Int32Array(buffer);
const part = new Int32Array(buffer, 4, 2);
part[0] = -1;
console.log(whole, part, part.byteOffset, part.byteLength, part.buffer === buffer);
console.log(new Uint8Array(buffer, 12), new Uint16Array(buffer, 16).length);
attempt("negative length", () => new Uint8Array(-1));
attempt("fractional negative", () => new Uint8Array(-1.5));
attempt("unaligned offset", () => new Uint16Array(buffer, 1));
attempt("unaligned length", () => new Uint16Array(new ArrayBuffer(5)));
attempt("too long", () => new Uint16Array(buffer, 2, 8));
attempt("offset past end", () => new Uint16Array(buffer, 18));
attempt("needs new", () => (Uint8Array as unknown as (n: number) => Uint8Array)(2));
attempt("abstract", () => new (Object.getPrototypeOf(Uint8Array) as new () => unknown)());
console.log(new Uint8Array(null as unknown as number), new Uint8Array(undefined as unknown as number), new Uint8Array("2" as unknown as number), new Uint8Array(true as unknown as number));
console.log(Uint8Array.BYTES_PER_ELEMENT, Int16Array.BYTES_PER_ELEMENT, Float64Array.prototype.BYTES_PER_ELEMENT, Uint8Array.length, Uint8Array.name);
console.log(Object.getPrototypeOf(Int8Array).name, Object.getPrototypeOf(Int8Array.prototype) === Object.getPrototypeOf(Float32Array.prototype));
