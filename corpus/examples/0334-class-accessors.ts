// Class get/set accessors: live prototype accessors, static accessors, inheritance/overriding of one half, printing of instances.
class Rect {
  w: number;
  h: number;
  constructor(w: number, h: number) {
    this.w = w;
    this.h = h;
  }
  get area(): number {
    return this.w * this.h;
  }
  get size(): string {
    return `${this.w}x${this.h}`;
  }
  set size(s: string) {
    const [w, h] = s.split("x").map(Number);
    this.w = w;
    this.h = h;
  }
  static #unit = "px";
  static get unit(): string {
    return Rect.#unit;
  }
  static set unit(u: string) {
    Rect.#unit = u.trim();
  }
}

const r = new Rect(2, 3);
console.log(r.area, r.size, r);
r.size = "10x4";
console.log(r.area, r.w, r.h);
r.size = "7xabc";
console.log(r.area, r.w, r.h);
console.log(Rect.unit);
Rect.unit = "  em ";
console.log(JSON.stringify(Rect.unit));

// Accessors live on the prototype and are not own/enumerable.
console.log(Object.keys(r), "area" in r, Object.prototype.hasOwnProperty.call(r, "area"));
const desc = Object.getOwnPropertyDescriptor(Rect.prototype, "size")!;
console.log(typeof desc.get, typeof desc.set, desc.enumerable, desc.configurable);

// Assigning to a getter-only accessor throws.
try {
  (r as { area: number }).area = 5;
} catch (e) {
  console.log((e as Error).message);
}

// Subclass overrides only the getter: the inherited setter is hidden too.
class Square extends Rect {
  constructor(s: number) {
    super(s, s);
  }
  get size(): string {
    return "square " + super.size;
  }
}
const sq = new Square(3);
console.log(sq.size, sq.area);
try {
  (sq as { size: string }).size = "1x1";
  console.log("set worked", sq.w);
} catch (e) {
  console.log((e as Error).message);
}

// Accessor reading a lazily computed cache.
class Lazy {
  #cache: number | undefined;
  computations = 0;
  get value(): number {
    if (this.#cache === undefined) {
      this.computations++;
      this.#cache = 6 * 7;
    }
    return this.#cache;
  }
}
const l = new Lazy();
console.log(l.value, l.value, l.value, l.computations, l);
