// Object.seal / isSealed / preventExtensions / isExtensible: writable but not deletable or extensible, arrays included.
function attempt(label: string, f: () => unknown): void {
  try {
    console.log(label, f());
  } catch (e) {
    console.log(label, (e as Error).constructor.name, (e as Error).message);
  }
}

const point: Record<string, number> = { x: 1, y: 2 };
console.log(Object.isSealed(point), Object.isExtensible(point));
console.log(Object.seal(point) === point, Object.isSealed(point), Object.isExtensible(point), Object.isFrozen(point));
point.x = 10;
console.log(point);
attempt("add", () => { point.z = 3; return point; });
attempt("delete", () => delete point.x);
attempt("redefine", () => Object.defineProperty(point, "x", { enumerable: false }));
attempt("still writable", () => Object.defineProperty(point, "y", { value: 20 }));
console.log(Object.getOwnPropertyDescriptor(point, "x"));

const list = [1, 2, 3];
Object.seal(list);
list[0] = 100;
console.log(list, Object.isSealed(list), Object.isFrozen(list));
attempt("push", () => list.push(4));
attempt("pop", () => list.pop());
attempt("length", () => { list.length = 1; return list.length; });
attempt("delete index", () => delete list[1]);
console.log(list, list.length);

// primitives are already sealed and not extensible
console.log(Object.isSealed(1), Object.isSealed("s"), Object.isExtensible(1), Object.seal(5));

// preventExtensions alone: properties stay deletable
const bag: Record<string, number> = { a: 1 };
Object.preventExtensions(bag);
console.log(Object.isExtensible(bag), Object.isSealed(bag));
attempt("add to non-extensible", () => { bag.b = 2; return bag; });
delete bag.a;
console.log(bag, Object.isSealed(bag), Object.isFrozen(bag));

// an empty non-extensible object is sealed and frozen
console.log(Object.isSealed(Object.preventExtensions({})), Object.isFrozen(Object.preventExtensions({})));

// a frozen object is sealed; a sealed object with only non-writable data is frozen
const frozen = Object.freeze({ k: 1 });
console.log(Object.isSealed(frozen));
const ro = Object.defineProperty({}, "v", { value: 1, enumerable: true });
console.log(Object.isSealed(Object.preventExtensions(ro)), Object.isFrozen(ro));

// accessors survive sealing and keep working
let hits = 0;
const counter = Object.seal({ get n() { return ++hits; }, set n(v: number) { hits = v; } });
counter.n = 41;
console.log(counter.n, Object.getOwnPropertyDescriptor(counter, "n")!.configurable);

// class instances
class Box { value: number; constructor(value: number) { this.value = value; } }
const box = Object.seal(new Box(7));
box.value = 8;
attempt("box extra", () => { (box as unknown as Record<string, number>).extra = 1; return box; });
console.log(box, Object.keys(box));
