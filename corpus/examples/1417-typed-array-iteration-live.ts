// for-of and spread over a typed array re-read its length every step; a view going out of bounds mid-loop throws; a patched Symbol.iterator is honoured.
const a = new Float64Array(new ArrayBuffer(32, { maxByteLength: 64 }));
a.set([1, 2, 3, 4]);
for (const v of a) {
  if (v === 2) (a.buffer as ArrayBuffer).resize(24);
  console.log(v);
}
const b = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 }), 0, 4);
try {
  for (const v of b) {
    console.log(v);
    (b.buffer as ArrayBuffer).resize(2);
  }
} catch (e) { console.log((e as Error).message); }
const d = new Uint8Array(new ArrayBuffer(4, { maxByteLength: 8 }), 0, 4);
const it = d.values();
console.log(it.next());
(d.buffer as ArrayBuffer).resize(2);
try { it.next(); } catch (e) { console.log((e as Error).message); }
const c = new Uint8Array([1, 2]);
Object.defineProperty(Uint8Array.prototype, Symbol.iterator, { value: function* () { yield 42; } });
console.log([...c]);
