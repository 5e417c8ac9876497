// Well-known symbols the runtime consults: hasInstance, isConcatSpreadable, unscopables, toPrimitive, toStringTag; Symbol.for/keyFor.
class Even {
  static [Symbol.hasInstance](value: unknown): boolean {
    return typeof value === "number" && value % 2 === 0;
  }
}
const samples: unknown[] = [2, 3, "4"];
console.log(samples.map((v) => v instanceof Even));

const hasInstance = Function.prototype[Symbol.hasInstance];
const hidden = Object.getOwnPropertyDescriptor(Function.prototype, Symbol.hasInstance)!;
console.log(typeof hasInstance, hasInstance.name, hasInstance.length, hidden.writable, hidden.configurable);
class Animal {}
class Dog extends Animal {}
console.log(hasInstance.call(Animal, new Dog()), hasInstance.call(Dog, new Animal()), hasInstance.call({}, new Dog()));
const BoundDog = Dog.bind(null);
console.log(new Dog() instanceof BoundDog, Object.getOwnPropertySymbols(Function.prototype).map(String));

// isConcatSpreadable: array-likes spread, arrays can opt out
const arrayLike = { length: 3, 0: "a", 2: "c", [Symbol.isConcatSpreadable]: true };
console.log(([1] as unknown[]).concat(arrayLike as unknown as unknown[]));
const kept: number[] & { [Symbol.isConcatSpreadable]?: boolean } = [7, 8];
kept[Symbol.isConcatSpreadable] = false;
const joined = ([0] as unknown[]).concat(kept, [9]);
console.log(joined.length, joined[1] === kept, joined);
console.log([].concat({ length: 2, [Symbol.isConcatSpreadable]: 0 } as never), [1, , 3].concat([4, , 6]));

// unscopables: the list Array.prototype exposes
const unscopables = Array.prototype[Symbol.unscopables];
console.log(Object.getPrototypeOf(unscopables), Object.keys(unscopables).join(" "));
console.log(Object.getOwnPropertyDescriptor(Array.prototype, Symbol.unscopables)!.writable);

// toPrimitive and toStringTag
const money = {
  amount: 12.5,
  [Symbol.toPrimitive](hint: string): string | number {
    return hint === "number" ? this.amount : `$${this.amount.toFixed(2)}`;
  },
  get [Symbol.toStringTag]() {
    return "Money";
  },
};
console.log(+money * 2, `${money}`, money + "!", Object.prototype.toString.call(money));

// the registry
const a = Symbol.for("app.id");
console.log(a === Symbol.for("app.id"), Symbol.keyFor(a), Symbol.keyFor(Symbol("app.id")), Symbol.keyFor(Symbol.iterator));
console.log(a.description, Symbol().description, Symbol("").description, Symbol.for("x").toString());
try {
  Symbol.keyFor("app.id" as unknown as symbol);
} catch (e) {
  console.log((e as Error).constructor.name, (e as Error).message);
}
