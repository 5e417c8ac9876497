// Diagnostic (unsupported construct): Symbol.asyncIterator (async iteration protocol) is valid TypeScript but not supported by the compiler — must be rejected.
const source = {
  [Symbol.asyncIterator]() {
    let i = 0;
    return { next: () => ({ value: i++, done: i > 3 }) };
  },
};
console.log(typeof source[Symbol.asyncIterator]);
