// Array.from: strings (by code point), Sets, Maps, array-likes with length coercion, iterables, map function with index.
console.log(Array.from("héllo"));
console.log(Array.from("a😀b"), "a😀b".length, Array.from("a😀b").length);
console.log(Array.from(new Set([3, 1, 3, 2, 1])));
console.log(Array.from(new Map([["k1", 1], ["k2", 2]])));
console.log(Array.from(new Map([["k1", 1], ["k2", 2]]).keys()), Array.from(new Map([["k1", 1]]).values()));

// Array-likes: length is coerced with ToLength.
console.log(Array.from({ length: 3 }));
console.log(Array.from({ length: 3, 0: "a", 2: "c" }));
console.log(Array.from({ length: "2", 0: "x", 1: "y", 2: "z" } as unknown as ArrayLike<string>));
console.log(Array.from({ length: -5 }), Array.from({ length: 2.9 }), Array.from({} as ArrayLike<unknown>));

// Map function gets (value, index).
console.log(Array.from({ length: 5 }, (_, i) => i * i));
console.log(Array.from("abc", (ch, i) => ch.toUpperCase() + i));
console.log(Array.from([1, 2, 3], function (this: { k: number }, x) {
  return x * this.k;
}, { k: 10 }));

// Holes become undefined.
console.log(Array.from([1, , 3]));

// Non-iterable primitives give empty arrays; null/undefined throw.
console.log(Array.from(5 as unknown as ArrayLike<unknown>), Array.from(true as unknown as ArrayLike<unknown>));
for (const bad of [null, undefined]) {
  try {
    Array.from(bad as unknown as ArrayLike<unknown>);
  } catch (e) {
    console.log((e as Error).name + ": " + (e as Error).message);
  }
}
try {
  Array.from([1], "nope" as unknown as () => number);
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Array.of vs the Array constructor.
console.log(Array.of(7), Array.of(1, 2, 3), Array.of(), Array.of(undefined), Array(7).length);

// Building ranges and grids.
const range = (a: number, b: number, step = 1) => Array.from({ length: Math.max(0, Math.ceil((b - a) / step)) }, (_, i) => a + i * step);
console.log(range(0, 5), range(10, 0, -2), range(0, 1, 0.25), range(5, 5));
const grid = Array.from({ length: 3 }, (_, r) => Array.from({ length: 4 }, (_, c) => r * 4 + c));
console.log(grid);

// Array.from copies; the result is independent.
const src = [[1], [2]];
const copied = Array.from(src);
copied.push([3]);
console.log(src.length, copied.length, copied[0] === src[0]);
