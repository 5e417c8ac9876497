// console.log of nested objects: depth limit 2 ([Object]/[Array]), line breaking at 72/80 columns, quoted keys, empty containers.
const deep = { l0: { l1: { l2: { l3: { l4: "bottom" } } } } };
console.log(deep);
console.log({ a: [[[["four"]]]] });
console.log([{ a: { b: { c: {} } } }, [[[]]], [[[1]]]]);

// Empty containers are printed literally at any depth.
console.log({ a: { b: { c: {}, d: [] } } });

// Short objects stay on one line; longer ones break.
console.log({ a: 1, b: 2 });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd" });
console.log({ alpha: "aaaaaaaaaa", beta: "bbbbbbbbbb", gamma: "cccccccccc", delta: "dddddddddd", eps: 1 });
console.log({ list: ["aaaaaaaaaaaa", "bbbbbbbbbbbb", "cccccccccccc", "dddddddddddd", "eeeeeeeeeeee"] });

// Keys that need quotes.
console.log({ "with space": 1, "dash-ed": 2, "123abc": 3, abc123: 4, _u: 5, $d: 6, "": 7, "quote'": 8, 'dq"': 9, é: 10 });

// Values of mixed kinds nested.
console.log({
  num: -0,
  big: 1e21,
  small: 1e-7,
  str: "line1\nline2\ttab",
  fn: function named() {},
  arrow: () => {},
  nil: null,
  undef: undefined,
  arr: [undefined, null, NaN],
  nested: { map: new Map([["k", { v: [1, 2, 3] }]]), set: new Set([[1, 2]]) },
});

// Objects inside arrays inside objects at the depth edge.
const edge = { top: [{ mid: [{ low: 1 }] }] };
console.log(edge);
console.log(JSON.stringify(edge));

// Multiple arguments are separated by spaces, each formatted independently.
console.log("label:", { x: 1 }, [1, 2], "tail", 42, { y: { z: { w: { v: 1 } } } });
