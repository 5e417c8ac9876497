// process.exit(n) in the middle of a program: earlier stdout/stderr output is kept, finally blocks and later code do not run.
function step(n: number): void {
  console.log("step", n);
  if (n === 3) {
    console.error("fatal at step", n);
    try {
      process.exit(7);
    } finally {
      console.log("finally after exit: must not print");
    }
  }
}
process.exitCode = 2;
for (let i = 1; i <= 5; i++) step(i);
console.log("after loop: must not print");
