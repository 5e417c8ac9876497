// Static fields, static methods and static initialization blocks: order, this in static context, inheritance of statics.
const order: string[] = [];

class Registry {
  static count = 0;
  static readonly prefix = "reg";
  static items: string[] = [];
  static first = (order.push("static field first"), 1);

  static {
    order.push("static block 1, count=" + this.count);
    this.items.push("seed");
  }

  static second = (order.push("static field second"), 2);

  static {
    order.push("static block 2, first+second=" + (Registry.first + Registry.second));
  }

  static add(name: string): number {
    this.items.push(Registry.prefix + ":" + name);
    return ++this.count;
  }

  instanceMethod(): number {
    return Registry.count;
  }
}

console.log(order);
console.log(Registry.add("a"), Registry.add("b"), Registry.items);
console.log(new Registry().instanceMethod(), "count" in new Registry(), Object.keys(Registry));

// Static members are inherited via the constructor's prototype chain.
class Sub extends Registry {
  static own = "sub";
  static add(name: string): number {
    return super.add(name.toUpperCase()) * 100;
  }
}
console.log(Sub.add("c"), Registry.count, Sub.count, Sub.items === Registry.items);
console.log(Object.getPrototypeOf(Sub) === Registry, Object.keys(Sub));

// Assigning a static through the subclass creates an own property on it.
Sub.count = 50;
console.log(Sub.count, Registry.count, Object.keys(Sub));

// Static factory and private counter pattern.
class Id {
  static #next = 1;
  readonly value: number;
  private constructor(v: number) {
    this.value = v;
  }
  static create(): Id {
    return new Id(Id.#next++);
  }
}
console.log(Id.create(), Id.create(), Id.create().value);

// Class printed with statics.
class WithStatics {
  static a = 1;
  static b = "two";
}
console.log(WithStatics);
console.log(Registry.name, Sub.name, typeof Registry);
