// process.stdout.write/process.stderr.write: no implicit newline, return value, interleaving with console.log, progress bars.
const r = process.stdout.write("no newline;");
process.stdout.write(" same line;");
process.stdout.write("\n");
console.log("write returned", typeof r);

// A text progress bar built with repeated writes.
const total = 20;
for (let i = 0; i <= total; i += 5) {
  const filled = Math.round((i / total) * 10);
  process.stdout.write("[" + "#".repeat(filled) + ".".repeat(10 - filled) + "] " + String((i / total) * 100).padStart(3) + "%\n");
}

// Interleaving console.log and write.
process.stdout.write("a");
console.log("b");
process.stdout.write("c\n");
process.stdout.write("");
process.stdout.write("unicode: é 😀 \u00a0|\n");

// stderr writes.
process.stderr.write("to stderr without newline;");
process.stderr.write(" continued\n");
console.error("console.error line");

// A table written cell by cell.
const rows = [
  ["id", "name", "score"],
  ["1", "ann", "9.5"],
  ["22", "bob", "10"],
];
for (const row of rows) {
  for (const [j, cell] of row.entries()) process.stdout.write((j ? " | " : "") + cell.padEnd(5));
  process.stdout.write("\n");
}
process.stdout.write("last line has no newline");
