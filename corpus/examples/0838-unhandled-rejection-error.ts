// An unhandled rejection with an Error: output printed before it stays on stdout, the error goes to
// stderr, the process exits with code 1, and timers that were still pending never fire.

class ConfigError extends Error {
  constructor(message: string) {
    super(message);
    this.name = "ConfigError";
  }
}

async function loadConfig(text: string): Promise<Record<string, string>> {
  const entries: Record<string, string> = {};
  for (const line of text.split("\n")) {
    await null;
    const [k, v] = line.split("=");
    if (v === undefined) throw new ConfigError(`malformed line "${line}"`);
    entries[k.trim()] = v.trim();
  }
  return entries;
}

setTimeout(() => console.log("pending timer: never printed"), 50);

loadConfig("a = 1\nb = 2").then((cfg) => console.log("first config:", cfg));
console.log("loading second config");
loadConfig("name = svc\nbroken line\nport = 80");
