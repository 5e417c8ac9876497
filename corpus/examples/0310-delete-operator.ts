// The delete operator: return values, non-configurable properties in strict mode, arrays leaving holes, inherited properties.
const o: { a?: number; b?: number; c?: number } = { a: 1, b: 2, c: 3 };
console.log(delete o.a, o, "a" in o);
console.log(delete o.a, o);
console.log(delete (o as Record<string, unknown>)["nonexistent"]);

// Deleting array elements leaves holes; length is unchanged.
const arr = [1, 2, 3, 4, 5];
delete arr[1];
delete arr[4];
console.log(arr, arr.length, 1 in arr, arr[1]);
console.log(arr.map((x) => x * 10));
console.log(JSON.stringify(arr));

// Non-configurable properties: delete throws in strict mode.
const fixed = {};
Object.defineProperty(fixed, "locked", { value: 1, enumerable: true, configurable: false });
try {
  delete (fixed as Record<string, unknown>).locked;
  console.log("deleted?");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}
console.log(fixed);

// Deleting from a frozen object throws.
const frozen = Object.freeze({ k: "v" }) as { k?: string };
try {
  delete frozen.k;
} catch (e) {
  console.log(String(e));
}

// Array length is non-configurable.
const arr2 = [1, 2];
try {
  delete (arr2 as unknown as { length?: number }).length;
} catch (e) {
  console.log(String(e));
}

// delete only removes own properties; the inherited one shows through.
const proto = { shared: "proto" };
const child = Object.create(proto) as { shared: string };
child.shared = "own";
console.log(child.shared);
delete (child as { shared?: string }).shared;
console.log(child.shared);
delete (child as { shared?: string }).shared;
console.log(child.shared, Object.keys(proto));

// delete on non-references returns true.
const x = 5;
console.log(delete (x as unknown as { y?: number }).y);
