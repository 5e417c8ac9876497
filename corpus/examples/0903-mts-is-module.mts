// A .mts file is an ES module: strict, `this` of a plain call is undefined.
function kind(this: unknown): string {
  return typeof this;
}
console.log(kind(), kind.call(1.5), typeof this);
