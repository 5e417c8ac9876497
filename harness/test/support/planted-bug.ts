/**
 * A planted runtime bug for grouping tests (loaded with `node --import`): String.prototype.padEnd
 * never pads, as a broken native runtime might. Every program that pads a string breaks, each
 * printing different text.
 */
Object.defineProperty(String.prototype, 'padEnd', {
  value: function padEnd(this: string) {
    return String(this);
  },
  writable: true,
  configurable: true,
});
