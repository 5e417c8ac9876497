// set (from arrays and overlapping typed arrays), subarray views sharing the buffer, slice copies, copyWithin, fill.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const a = new Uint8Array(8);
a.set([1, 2, 3]);
a.set([9, 9], 6);
console.log(a);
a.set(new Uint16Array([258, 3]), 3);
console.log(a);
const overlap = new Uint8Array(a.buffer, 1, 4);
a.set(overlap, 2);
console.log(a);
const asInt16 = new Int16Array(a.buffer, 0, 2);
a.set(asInt16, 4);
console.log(a);
attempt("past end", () => a.set([1, 2], 7));
attempt("negative offset", () => a.set([1], -1));
attempt("null", () => a.set(null as unknown as number[]));
console.log(a.set(5 as unknown as number[]), a.set({ length: 1, 0: 77 } as ArrayLike<number>, 1), a[1]);
const sub = a.subarray(2, 5);
sub[0] = 100;
console.log(sub, sub.byteOffset, sub.length, a[2], a.subarray(-2), a.subarray(5, 2), a.subarray(1).subarray(1).byteOffset);
const sliced = a.slice(2, 5);
sliced[0] = 1;
console.log(sliced, sliced.buffer === a.buffer, a[2], a.slice(-3), a.slice(5, 1));
console.log(new Uint8Array([1, 2, 3, 4, 5]).copyWithin(0, 3), new Uint8Array([1, 2, 3, 4, 5]).copyWithin(1, 0, 3), new Uint8Array([1, 2, 3, 4, 5]).copyWithin(-2, 0));
console.log(new Float32Array(4).fill(1.5), new Int8Array(5).fill(200, 1, -1), new Uint8Array(3).fill(7, -1));
