// %TypedArray%.prototype callback methods: forEach, map (species), filter, reduce, reduceRight, every, some, find*.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const a = new Int16Array([3, -1, 4, 1, -5, 9]);
a.forEach((v, i, arr) => console.log(i, v, arr === a));
console.log(a.map((v) => v * 1000), a.map((v) => v / 2));
console.log(a.filter((v) => v > 0), a.filter(() => false));
console.log(a.reduce((s, v) => s + v), a.reduce((s, v) => s + "," + v, ""), a.reduceRight((s, v) => s + "," + v, ""));
console.log(a.every((v) => v > -10), a.some((v) => v > 8), a.some((v) => v > 9));
console.log(a.find((v) => v < 0), a.findIndex((v) => v < 0), a.findLast((v) => v < 0), a.findLastIndex((v) => v < 0), a.find((v) => v > 100), a.findIndex((v) => v > 100));
const self = { factor: 3 };
console.log(new Float64Array([1, 2]).map(function (this: typeof self, v) { return v * this.factor; }, self));
attempt("empty reduce", () => new Uint8Array(0).reduce((x, y) => x + y));
attempt("not callable", () => a.map(5 as unknown as (v: number) => number));
attempt("bad receiver", () => Uint8Array.prototype.forEach.call([1] as unknown as Uint8Array, () => {}));
const shrinking = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 4 }));
shrinking.set([1, 2, 3, 4]);
shrinking.forEach((v, i) => { if (i === 0) (shrinking.buffer as ArrayBuffer).resize(2); console.log("after resize", i, v); });
