// Tests process.exit(n): buffered output before it is flushed, finally blocks and later statements do not run.
console.log("start");
process.stdout.write("no newline before exit ");
let ran = false;
function finish(code: number): void {
  try {
    console.log("about to exit with", code);
    process.exit(code);
  } finally {
    ran = true;
    console.log("finally must not run", ran);
  }
}
process.exitCode = 9;
const big: string[] = [];
for (let i = 0; i < 50; i++) big.push(`line ${i} ${"=".repeat(i % 40)}`);
console.log(big.join("\n"));
finish(2);
console.log("after exit: must not print");
