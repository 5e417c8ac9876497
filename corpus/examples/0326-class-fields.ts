// Class fields: initializer order relative to constructor body, fields referencing this/earlier fields, arrow-function fields, printing.
const log: string[] = [];
function note<T>(label: string, v: T): T {
  log.push(label);
  return v;
}

const fieldName = "computedField";

class Widget {
  id = note("id", 1);
  name = note("name", "w" + this.id);
  tags: string[] = note("tags", []);
  size: number;
  optional?: string;
  handler = () => this.name;
  [fieldName] = note("computed", true);

  constructor(size: number) {
    note("ctor", 0);
    this.size = size;
  }
}

const w = new Widget(3);
console.log(log);
console.log(w);
console.log(Object.keys(w));
console.log(w.handler(), "optional" in w, w.optional);

// Arrow-field keeps its this when detached; methods do not.
class Counter {
  count = 0;
  incArrow = () => ++this.count;
  incMethod() {
    return ++this.count;
  }
}
const c = new Counter();
const detachedArrow = c.incArrow;
const detachedMethod = c.incMethod;
console.log(detachedArrow(), detachedArrow(), c.count);
try {
  detachedMethod();
} catch (e) {
  console.log((e as Error).name + ": " + (e as Error).message);
}

// Each instance gets its own field values (no shared array).
const a = new Widget(1);
const b = new Widget(2);
a.tags.push("only-a");
console.log(a.tags, b.tags, a.handler === b.handler);

// Fields with undefined initializers still create own properties.
class Holder {
  x: number | undefined;
  y = undefined;
  z = null;
}
console.log(new Holder(), Object.keys(new Holder()));
