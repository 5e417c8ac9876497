// Output written before a fatal error reaches stdout: the uncaught RangeError of runaway recursion
// ends the program after everything printed so far.

for (let i = 0; i < 3; i++) console.log("line", i);
process.stdout.write("no newline yet ");
function forever(n: number): number {
  return forever(n + 1) + 1;
}
console.log(forever(0));
