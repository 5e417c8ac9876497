// The native gc program's JS counterpart (its heap line is native-only; the test checks the sum).
const window = new Array(100);
let sum = 0;
for (let i = 0; i < 10000000; i++) {
  const o = {};
  o.v = i;
  window[i % 100] = o;
  sum += window[i % 100].v;
}
process.stdout.write("sum " + sum + "\n");
