// Tests process.exitCode, console.error/warn/info/debug routing and process.stdout/stderr.write without newlines.
console.log("stdout line 1");
console.error("stderr line 1");
console.warn("warn goes to stderr", { a: 1 });
console.info("info goes to stdout", [1, 2]);
console.debug("debug goes to stdout");
process.stdout.write("partial ");
process.stdout.write("line\n");
process.stderr.write("raw stderr write\n");
const ok = process.stdout.write("");
console.log("write returned a boolean:", typeof ok);
console.error("%s has %d items", "list", 3);
process.exitCode = 3;
console.log("exitCode set to", process.exitCode);
process.exitCode = 4;
console.log("final statement; exit code should be", process.exitCode);
