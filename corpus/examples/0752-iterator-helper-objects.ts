// The helper objects themselves: %IteratorHelperPrototype%, next/return, done stays done,
// console.log's inspection and Object.prototype.toString, and the Iterator.prototype property layout.
const helper = [1, 2, 3].values().map((x) => x * 10);
console.log(helper, String(helper));
console.log(Object.prototype.toString.call(helper));
const proto = Object.getPrototypeOf(helper);
console.log(Object.getOwnPropertyNames(proto), proto[Symbol.toStringTag]);
console.log(Object.getPrototypeOf(proto) === Iterator.prototype, helper instanceof Iterator);
console.log(helper[Symbol.iterator]() === helper);
console.log(helper.next(), helper.next(), helper.next(), helper.next(), helper.next());
const early = [1, 2, 3].values().filter(() => true);
console.log(early.return?.(), early.next());
const mid = [1, 2, 3].values().take(5);
console.log(mid.next(), mid.return?.(), mid.next(), mid.return?.());
console.log(Object.getOwnPropertyNames(Iterator.prototype));
console.log(Iterator.prototype[Symbol.toStringTag], Iterator.prototype.constructor === Iterator);
console.log(typeof Iterator, Iterator.name, Iterator.length, Iterator.from.length);
for (const name of ["map", "filter", "take", "drop", "flatMap", "reduce", "toArray", "forEach", "some", "every", "find"] as const) {
  const f = Iterator.prototype[name];
  console.log(name, f.name, f.length, Object.getOwnPropertyDescriptor(Iterator.prototype, name)?.enumerable);
}
console.log(Iterator.prototype, Iterator);
console.log([helper], { h: helper });
