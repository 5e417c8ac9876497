// Tests delete on object properties and array elements (holes), its boolean result and strict-mode TypeErrors.
const o: Record<string, number> = { a: 1, b: 2, c: 3 };
console.log(delete o.b, o, Object.keys(o));
console.log(delete o.missing, delete o["a"], o);
const arr = [1, 2, 3, 4, 5];
console.log(delete arr[1], delete arr[4], arr, arr.length);
console.log(1 in arr, arr[1], arr.indexOf(undefined as unknown as number), arr.includes(undefined as unknown as number));
console.log(arr.map((x) => x * 10), arr.filter(() => true), Object.keys(arr));
let visits = 0;
arr.forEach(() => visits++);
console.log("forEach visits", visits);
const frozen = Object.freeze({ k: 1 });
try {
  delete (frozen as any).k;
  console.log("deleted?");
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
const locked: Record<string, number> = {};
Object.defineProperty(locked, "fixed", { value: 7, enumerable: true, configurable: false });
try {
  delete locked.fixed;
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
const list: any = [1, 2, 3];
try {
  delete list.length;
} catch (e) {
  console.log((e as Error).name, (e as Error).message);
}
console.log(list, delete list[10], list.length);
const nested = { inner: { x: 1, y: 2 } };
console.log(delete (nested.inner as any).x, nested);
const sparse: number[] = [];
sparse[2] = 3;
sparse[5] = 6;
console.log(sparse, sparse.length);
delete sparse[5];
console.log(sparse, sparse.length, JSON.stringify(sparse));
