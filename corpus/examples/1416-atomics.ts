// Atomics on integer typed arrays in a single agent: read-modify-write operations, compareExchange, store's return, wait/notify, errors.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const ia = new Int32Array(4);
console.log(Atomics.add(ia, 0, 5), Atomics.sub(ia, 0, 2), Atomics.load(ia, 0), Atomics.store(ia, 1, 7.9), Atomics.exchange(ia, 1, 3));
console.log(Atomics.compareExchange(ia, 1, 3, 10), Atomics.compareExchange(ia, 1, 3, 99), Atomics.and(ia, 1, 6), Atomics.or(ia, 1, 1), Atomics.xor(ia, 1, 3), ia);
console.log(Atomics.add(new Int32Array([2147483647]), 0, 1), Atomics.load(new Uint32Array([4294967295]), 0));
const bytes = new Uint8Array([1, 255]);
console.log(Atomics.sub(bytes, 0, 2), Atomics.compareExchange(bytes, 1, -1, 3), bytes, Atomics.store(bytes, 0, 300), Atomics.store(bytes, 0, -0), Atomics.store(new Int32Array(1), 0, Infinity), bytes);
console.log(Atomics.isLockFree(1), Atomics.isLockFree(2), Atomics.isLockFree(3), Atomics.isLockFree(4), Atomics.isLockFree(8));
const sharedInts = new Int32Array(new SharedArrayBuffer(8));
console.log(Atomics.wait(sharedInts, 0, 1, 0), Atomics.wait(sharedInts, 0, 0, 0), Atomics.wait(sharedInts, 0, 0, 15), Atomics.notify(sharedInts, 0), Atomics.notify(sharedInts, 1, 3));
attempt("wait non-shared", () => Atomics.wait(ia, 0, 0, 0));
attempt("wait Uint8", () => Atomics.wait(new Uint8Array(new SharedArrayBuffer(8)) as unknown as Int32Array, 0, 0, 0));
attempt("float", () => Atomics.add(new Float64Array(1) as unknown as Int32Array, 0, 1));
attempt("clamped", () => Atomics.add(new Uint8ClampedArray(1) as unknown as Uint8Array, 0, 1));
attempt("array", () => Atomics.add([] as unknown as Int32Array, 0, 1));
attempt("number", () => Atomics.load(1 as unknown as Int32Array, 0));
attempt("index", () => Atomics.add(ia, 9, 1));
attempt("negative index", () => Atomics.add(ia, -1, 1));
attempt("pause", () => Atomics.pause(1.5));
console.log(Atomics.pause(), Atomics.pause(3), String(Atomics), Atomics);
const buffer = new ArrayBuffer(8);
const doomed = new Int32Array(buffer);
buffer.transfer();
attempt("detached", () => Atomics.load(doomed, 0));
