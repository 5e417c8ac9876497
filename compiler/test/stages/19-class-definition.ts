// A class: its record for private names, the constructor and prototype, then methods and accessors.
// CHECK: = class "Point" ctor @fn_{{[0-9]+}} extends empty proto %
// CHECK: runtime defineMethod(obj(%{{[0-9]+}}), "norm", %{{[0-9]+}}, i:0, i:0)
// CHECK: runtime defineMethod(obj(%{{[0-9]+}}), "x2", %{{[0-9]+}}, i:1, i:0)
class Point {
  x = 1;
  norm() { return this.x; }
  get x2() { return this.x * 2; }
}
console.log(new Point().norm(), new Point().x2);
