// util.inspect / console.log of typed arrays, ArrayBuffers and DataViews as Node prints them.
console.log(new Uint8Array([1, 2, 3]), new Int8Array(0), [new Float32Array([0.5, -0])]);
console.log(new Float64Array([Math.PI, 1e21, -1e-7, NaN, Infinity]));
console.log(new Uint16Array(40).map((_, i) => i * 997));
console.log(new Uint8Array(150));
const tagged = new Uint8Array(2) as Uint8Array & { extra?: string };
tagged.extra = "yes";
console.log(tagged);
console.log(new DataView(new ArrayBuffer(3), 1, 1));
console.log({ deep: { deeper: { deepest: new Uint8Array(1), buffer: new ArrayBuffer(1), view: new DataView(new ArrayBuffer(1)) } } });
console.log(new ArrayBuffer(101), new Float64Array(new ArrayBuffer(8, { maxByteLength: 16 })));
class Bytes extends Uint8Array {}
console.log(new Bytes(2), Object.setPrototypeOf(new Int16Array(1), null));
