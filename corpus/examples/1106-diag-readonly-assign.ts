// Diagnostic (type error): TS2540 Cannot assign to 'x' because it is a read-only property — must be rejected.
class Point {
  readonly x: number;
  constructor(x: number) {
    this.x = x;
  }
}
const p = new Point(1);
p.x = 2;
console.log(p.x);
