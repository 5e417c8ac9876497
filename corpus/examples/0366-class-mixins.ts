// Class mixins: functions returning classes that extend a parameter, chained mixins, super through mixins, names and instanceof.
type Ctor<T = object> = new (...args: any[]) => T;

function Timestamped<B extends Ctor>(Base: B) {
  return class Timestamped extends Base {
    stamp = 1000;
    describe(): string {
      const parent = (Base.prototype as { describe?: () => string }).describe;
      return "stamped@" + this.stamp + (parent ? " / " + parent.call(this) : "");
    }
  };
}

function Tagged<B extends Ctor>(Base: B) {
  return class extends Base {
    tags: string[] = [];
    tag(t: string): this {
      this.tags.push(t);
      return this;
    }
  };
}

class Entity {
  id: number;
  constructor(id: number) {
    this.id = id;
  }
  describe(): string {
    return "entity#" + this.id;
  }
}

const Full = Tagged(Timestamped(Entity));
const e = new Full(7).tag("a").tag("b");
console.log(e);
console.log(e.describe(), e.tags, e.id, e.stamp);
console.log(e instanceof Entity, e instanceof Full);
console.log(Full.name, Object.getPrototypeOf(Full).name, Object.getPrototypeOf(Object.getPrototypeOf(Full)).name);

// Each call of a mixin creates a distinct class.
const A = Timestamped(Entity);
const B = Timestamped(Entity);
console.log(A === B, new A(1) instanceof B, new A(1).describe());

// Mixins over a plain base without describe.
class Plain {}
const P = Timestamped(Plain);
console.log(new P().describe(), new P());

// Walk the prototype chain and print class names.
const names: string[] = [];
for (let p = Object.getPrototypeOf(e); p !== null; p = Object.getPrototypeOf(p)) {
  names.push(Object.prototype.hasOwnProperty.call(p, "constructor") ? (p.constructor.name || "(anonymous)") : "?");
}
console.log(names.join(" -> "));
