// Sparse arrays: holes vs undefined, printing of empty items, how each method treats holes (skip, keep, or fill with undefined).
const sparse = [1, , 3, , , 6] as number[];
const dense = [1, undefined, 3];
console.log(sparse, sparse.length, dense);
console.log(1 in sparse, 1 in dense, sparse[1], Object.keys(sparse));

// Printing many holes and holes at the ends.
const big: number[] = [];
big[10] = 1;
big[20] = 2;
console.log(big);
console.log([, 1], [1, ,], [, , ,], new Array(5), [undefined, , undefined]);

// Methods that skip holes.
const visited: number[] = [];
sparse.forEach((_, i) => visited.push(i));
console.log("forEach", visited);
console.log("map", sparse.map((x) => x * 2));
console.log("filter", sparse.filter(() => true));
console.log("reduce", sparse.reduce((acc, x) => acc + x, 0));
console.log("some", sparse.some((x) => x === undefined), "every", sparse.every((x) => x !== undefined));
console.log("indexOf undefined", sparse.indexOf(undefined as unknown as number));

// Methods that treat holes as undefined.
console.log("includes undefined", sparse.includes(undefined as unknown as number));
console.log("find", sparse.find((x) => x === undefined), "findIndex", sparse.findIndex((x) => x === undefined));
console.log("join", sparse.join("-"), "toString", String(sparse));
console.log("spread", [...sparse], "from", Array.from(sparse));
console.log("entries", [...sparse.entries()].slice(0, 3));
console.log("JSON", JSON.stringify(sparse));

// sort moves holes to the end; reverse keeps holes; flat removes them; concat/slice keep them.
console.log("sort", [3, , 1, , 2].sort());
console.log("reverse", [1, , 3, , ].reverse());
console.log("flat", ([1, , [2, , 3]] as (number | number[])[]).flat());
console.log("slice", sparse.slice(0, 3), "concat", [0].concat(sparse));
console.log("fill", new Array(3).fill(0), "keys", [...new Array(3).keys()]);

// for-in skips holes, for-of does not.
const forIn: string[] = [];
for (const k in sparse) forIn.push(k);
const forOf: unknown[] = [];
for (const v of sparse) forOf.push(v);
console.log(forIn, forOf);

// Filling holes by assignment.
sparse[1] = 2;
console.log(sparse, sparse.length);
