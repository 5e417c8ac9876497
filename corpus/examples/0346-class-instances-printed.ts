// console.log of class instances: class names, subclasses, empty classes, Object.create(Class.prototype), nested instances, anonymous classes.
class Point {
  x: number;
  y: number;
  constructor(x: number, y: number) {
    this.x = x;
    this.y = y;
  }
}
class Point3 extends Point {
  z = 0;
}
class Empty {}
class Line {
  from = new Point(0, 0);
  to = new Point3(1, 2);
  label = "diag";
}

console.log(new Point(1, 2));
console.log(new Point3(3, 4));
console.log(new Empty());
console.log(new Line());
console.log([new Point(1, 1), new Empty(), { p: new Point(-0, NaN) }]);

// Deeply nested instances.
class Node1 {
  value: number;
  next: Node1 | null;
  constructor(value: number, next: Node1 | null) {
    this.value = value;
    this.next = next;
  }
}
const list = new Node1(1, new Node1(2, new Node1(3, new Node1(4, null))));
console.log(list);

// Anonymous class expressions take the binding name; truly anonymous ones print without a name.
const Named = class {
  a = 1;
};
const anon = [class {
  b = 2;
}][0];
console.log(new Named(), new anon());
console.log(Named.name, JSON.stringify(anon.name));

// Instances with many fields break across lines.
class Config {
  host = "localhost";
  port = 8080;
  secure = false;
  retries = 3;
  timeoutMs = 30000;
  tags = ["alpha", "beta"];
  owner = { name: "ops", email: "ops@example.com" };
}
console.log(new Config());

// Instance whose constructor property is overwritten still prints its prototype's class name.
const p = new Point(5, 6);
(p as unknown as { constructor: unknown }).constructor = "nope";
console.log(p);

// Object with a class-like prototype created via Object.create.
const viaCreate = Object.create(Point.prototype) as Point;
viaCreate.x = 9;
console.log(viaCreate);

// Instance with accessor fields and symbol-free toString does not change console.log output.
class Pretty {
  v = 1;
  toString(): string {
    return "Pretty!";
  }
}
console.log(new Pretty(), `${new Pretty()}`);
