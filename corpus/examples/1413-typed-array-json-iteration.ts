// Typed arrays in generic code: JSON.stringify, Object.keys/entries, spread, for-of, destructuring, Array.prototype methods.
const a = new Float64Array([1.5, NaN, -0, 2]);
console.log(JSON.stringify(a), JSON.stringify({ data: new Uint8Array([1, 2]) }), JSON.stringify(new ArrayBuffer(2)), JSON.stringify(new DataView(new ArrayBuffer(1))));
console.log(Object.keys(a), Object.values(a), Object.entries(new Uint8Array([7])));
const [first, , third, ...rest] = new Int16Array([1, 2, 3, 4, 5]);
console.log(first, third, rest);
let sum = 0;
for (const v of new Uint32Array([1, 2, 3])) sum += v;
console.log(sum);
console.log(Array.prototype.map.call(new Uint8Array([1, 2]), (v: number) => v * 300), Array.prototype.slice.call(new Uint8Array([4, 5, 6]), 1));
console.log([1, 2].concat(new Uint8Array([3]) as unknown as number[]).length, Math.max(...new Int8Array([-3, 7, 2])));
const lengths = new Map([[new Uint8Array(1), 1]]);
console.log(lengths.size, new Set(new Uint8Array([1, 1, 2])));
