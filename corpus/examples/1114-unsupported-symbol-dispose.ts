// Diagnostic (unsupported library feature): Symbol.dispose (explicit resource management) is valid TypeScript but the runtime lacks it — must be rejected with TSN9002.
const resource = {
  [Symbol.dispose]() {
    console.log('disposed');
  },
};
console.log(typeof resource[Symbol.dispose]);
