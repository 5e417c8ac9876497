// process.exitCode: set during the run, overwritten later, read back; the process ends normally with the last value (3).
console.log("initial exitCode:", process.exitCode);
process.exitCode = 5;
console.log("after set:", process.exitCode);

let failures = 0;
const checks: [string, boolean][] = [
  ["one plus one", 1 + 1 === 2],
  ["string length", "abc".length === 3],
  ["float equality", 0.1 + 0.2 === 0.3],
  ["array includes NaN", [NaN].includes(NaN)],
  ["indexOf NaN", [NaN].indexOf(NaN) === 0],
];
for (const [name, ok] of checks) {
  console.log(ok ? "PASS" : "FAIL", name);
  if (!ok) failures++;
}
console.error(`${failures} of ${checks.length} checks failed`);
process.exitCode = failures > 0 ? 3 : 0;
console.log("final exitCode:", process.exitCode);
