// A .cts file is CommonJS whatever the package.json says: its functions run sloppy.
function kind(this: unknown): string {
  return typeof this;
}
console.log(kind(), kind.call(1.5));
const isGlobal = function (this: unknown): boolean {
  return this === globalThis;
};
console.log(isGlobal());
