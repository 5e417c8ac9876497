// An uncaught Error at the very end: stdout before it is flushed, the process exits with code 1 and the error goes to stderr.
class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

function loadConfig(text: string): Record<string, string> {
  const out: Record<string, string> = {};
  for (const line of text.split("\n")) {
    if (line.trim() === "" || line.startsWith("#")) continue;
    const eq = line.indexOf("=");
    if (eq < 0) throw new ConfigError(`line without '=': ${JSON.stringify(line)}`);
    out[line.slice(0, eq).trim()] = line.slice(eq + 1).trim();
  }
  return out;
}

console.log(loadConfig("# comment\nname = tsn\n\nlevel=3"));
console.log("about to fail");
process.stdout.write("partial line without newline, then the throw\n");
loadConfig("ok=1\nbroken line");
console.log("never printed");
