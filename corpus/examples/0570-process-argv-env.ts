// process.argv.slice(2) and process.env: arguments given by the harness header, env lookups, missing vars, numeric parsing of args.
// parity-args: ["--name=tsn", "-v", "42", "words", "-7.5", "--", "rest", "--x"]
// parity-env: {"TSN_MODE": "strict", "TSN_LEVEL": "3"}
const args = process.argv.slice(2);
console.log(args.length, args);

type Parsed = { flags: Record<string, string | boolean>; positional: string[]; rest: string[] };
function parseArgs(argv: string[]): Parsed {
  const out: Parsed = { flags: {}, positional: [], rest: [] };
  for (let i = 0; i < argv.length; i++) {
    const a = argv[i];
    if (a === "--") {
      out.rest = argv.slice(i + 1);
      break;
    }
    if (a.startsWith("--")) {
      const eq = a.indexOf("=");
      if (eq > 0) out.flags[a.slice(2, eq)] = a.slice(eq + 1);
      else out.flags[a.slice(2)] = true;
    } else if (a.startsWith("-") && a.length > 1) {
      out.flags[a.slice(1)] = true;
    } else {
      out.positional.push(a);
    }
  }
  return out;
}
const parsed = parseArgs(args);
console.log(parsed);
const nums = parsed.positional.map(Number).filter((n) => !Number.isNaN(n));
console.log("numeric positionals:", nums, "sum:", nums.reduce((a, b) => a + b, 0));

// Environment: set by the harness, absent ones are undefined, values are always strings.
const mode = process.env.TSN_MODE;
const level = process.env.TSN_LEVEL;
console.log(mode, level, typeof level, Number(level) + 1, process.env.TSN_DOES_NOT_EXIST);
console.log("TZ" in process.env ? process.env.TZ : "no TZ", process.env.LC_ALL ?? "no LC_ALL");
console.log(Object.keys(process.env).filter((k) => k.startsWith("TSN_")).sort());

// Assigning to process.env converts to string.
process.env.TSN_SET_AT_RUNTIME = String(7);
console.log(process.env.TSN_SET_AT_RUNTIME, typeof process.env.TSN_SET_AT_RUNTIME);
delete process.env.TSN_SET_AT_RUNTIME;
console.log(process.env.TSN_SET_AT_RUNTIME);
