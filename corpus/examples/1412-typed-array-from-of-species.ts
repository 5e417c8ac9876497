// %TypedArray%.from / of with mapping, subclasses and Symbol.species deciding what map/filter/slice/subarray create.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

console.log(Uint8Array.from([1, 2, 300]), Int16Array.from("123", Number), Float32Array.from({ length: 3 }, (_, i) => i / 2));
console.log(Uint8Array.of(1, 2, 3), Float64Array.of(), Int8Array.from(new Set([-1, 1])));
class Scaled extends Float64Array {
  describe(): string { return `Scaled(${this.length})`; }
}
const s = Scaled.from([1, 2, 3]) as Scaled;
console.log(s instanceof Scaled, s.describe(), s.map((v) => v * 2) instanceof Scaled, (s.filter((v) => v > 1) as Scaled).describe(), (s.slice(1) as Scaled).describe(), (s.subarray(1) as Scaled).describe());
class Plain extends Uint8Array {
  static get [Symbol.species]() { return Uint8Array; }
}
const p = new Plain([1, 2]);
console.log(p.map((v) => v) instanceof Plain, p.map((v) => v).constructor.name, p.subarray(1).constructor.name);
attempt("from on non-constructor", () => Uint8Array.from.call({} as typeof Uint8Array, [1]));
attempt("not callable mapper", () => Uint8Array.from([1], 3 as unknown as (v: number) => number));
console.log(Array.from(new Int8Array([1, -1])), [...new Float32Array([0.5])], Array.isArray(new Uint8Array(1)));
