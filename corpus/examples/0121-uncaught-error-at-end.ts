// Tests an uncaught Error thrown at top level after normal output: exit code 1 and the error report on stderr.
function validate(n: number): number {
  if (n > 3) throw new RangeError(`value ${n} exceeds limit 3`);
  return n * 2;
}
const results: number[] = [];
for (const n of [1, 2, 3]) results.push(validate(n));
console.log("validated", results);
console.error("about to fail");
validate(7);
console.log("never printed");
