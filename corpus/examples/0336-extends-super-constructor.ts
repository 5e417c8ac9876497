// extends and super(): constructor chaining, field init happening after super(), this before super ReferenceError, default constructors.
const log: string[] = [];

class A {
  a = (log.push("A field"), "a");
  constructor(label: string) {
    log.push("A ctor " + label + " sees kind=" + this.kind());
  }
  kind(): string {
    return "A";
  }
}

class B extends A {
  b = (log.push("B field"), "b");
  constructor(x: string) {
    log.push("B ctor before super");
    super(x + "!");
    log.push("B ctor after super, b=" + this.b);
  }
  kind(): string {
    return "B(b=" + String(this.b) + ")";
  }
}

class C extends B {
  c = (log.push("C field"), "c");
}

const c = new C("hello");
console.log(log.join("\n"));
console.log(c);
console.log(c instanceof A, c instanceof B, c instanceof C);
console.log(Object.getPrototypeOf(C) === B, Object.getPrototypeOf(C.prototype) === B.prototype);

// Accessing this before super() is a ReferenceError.
class Bad extends A {
  constructor() {
    let msg = "";
    const self = () => this;
    try {
      self();
    } catch (e) {
      msg = (e as Error).name + ": " + (e as Error).message;
    }
    super(msg);
  }
}
log.length = 0;
new Bad();
console.log(log);

// Forgetting super() entirely.
class NoSuper extends A {
  constructor() {
    if (log.length > 100) super("never");
  }
}
try {
  new NoSuper();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Calling a class without new.
try {
  (A as unknown as (s: string) => void)("x");
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Returning an object from a constructor replaces the instance.
class Replacer {
  constructor() {
    return { replaced: true };
  }
}
console.log(new Replacer(), new Replacer() instanceof Replacer);
