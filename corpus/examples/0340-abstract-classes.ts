// Abstract classes (TS-only modifier erased at run time): template-method pattern, polymorphic dispatch, protected members.
abstract class Shape {
  protected readonly label: string;
  constructor(label: string) {
    this.label = label;
  }
  abstract area(): number;
  abstract get sides(): number;
  describe(): string {
    return `${this.label}: sides=${this.sides}, area=${this.area().toFixed(3)}`;
  }
  toString(): string {
    return `Shape(${this.label})`;
  }
}

class Circle extends Shape {
  r: number;
  constructor(r: number) {
    super("circle");
    this.r = r;
  }
  area(): number {
    return Math.PI * this.r * this.r;
  }
  get sides(): number {
    return 0;
  }
}

class Poly extends Shape {
  n: number;
  s: number;
  constructor(n: number, s: number) {
    super(n + "-gon");
    this.n = n;
    this.s = s;
  }
  area(): number {
    return (this.n * this.s * this.s) / (4 * Math.tan(Math.PI / this.n));
  }
  get sides(): number {
    return this.n;
  }
}

class Square extends Poly {
  constructor(s: number) {
    super(4, s);
  }
  area(): number {
    return this.s * this.s;
  }
}

const shapes: Shape[] = [new Circle(1), new Poly(3, 2), new Square(3), new Poly(6, 1), new Circle(0.5)];
for (const s of shapes) console.log(s.describe());
console.log(shapes.map(String).join(", "));
console.log(`${shapes[2]}`);
console.log(shapes);

const total = shapes.reduce((acc, s) => acc + s.area(), 0);
console.log("total", total.toFixed(6));
const largest = shapes.reduce((a, b) => (b.area() > a.area() ? b : a));
console.log("largest", largest.describe(), largest instanceof Poly, largest instanceof Square);

// The abstract class itself is an ordinary constructor at run time.
console.log(typeof Shape, Shape.name, Object.getOwnPropertyNames(Shape.prototype));
