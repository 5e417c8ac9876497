/** Command-line parsing for `npm run bench -- [options]`, with `node:util` parseArgs. */
import { parseOptions, positiveNumber } from '../harness/src/args.ts';

/** Parsed options of one benchmark run. */
export interface BenchOptions {
  /** Timed runs per side and case (the median is reported). */
  readonly runs: number;
  /** Where to write the results as JSON; undefined: no JSON. */
  readonly json?: string;
  /** Substrings of program names to run (comma lists split); empty: every benchmark. */
  readonly filters: readonly string[];
  /** Wall-clock limit of one run, milliseconds. */
  readonly timeoutMs: number;
  readonly help: boolean;
}

/** The help text. */
export const USAGE = `Usage: npm run bench -- [options]

Compiles every program of bench/programs/ with tsn (comptime-* programs under --comptime=on and
off), checks that its native stdout and exit code equal the pinned Node's, then times the native
executable and the pinned Node (median wall time of N runs, after one untimed checking run) and
measures peak RSS with /usr/bin/time. Prints a table and the geometric mean of native/node ratios.
Exit 0 when every benchmark was timed, 1 when one failed to compile, mismatched or crashed, 2 for
a usage error or a missing pinned Node.

  --runs N         timed runs per side and benchmark (default 3)
  --filter NAMES   only the benchmarks whose name contains one of NAMES (comma-separated; repeatable)
  --json FILE      also write the results as JSON to FILE (atomically)
  --timeout S      seconds before one run is killed (default 300)
  -h, --help       this text`;


/** Parses `argv` (the arguments after `npm run bench --`). Errors: UsageError for unknown options and bad values. */
export function parseBenchArgs(argv: readonly string[]): BenchOptions {
  const values = parseOptions(argv, {
    runs: { type: 'string' },
    filter: { type: 'string', multiple: true },
    json: { type: 'string' },
    timeout: { type: 'string' },
    help: { type: 'boolean', short: 'h' },
  });
  const filters = (values.filter ?? []).flatMap((f) => f.split(',')).map((f) => f.trim()).filter((f) => f !== '');
  return {
    runs: values.runs === undefined ? 3 : positiveNumber('--runs', values.runs, true),
    ...(values.json === undefined ? {} : { json: values.json }),
    filters,
    timeoutMs: 1000 * (values.timeout === undefined ? 300 : positiveNumber('--timeout', values.timeout, true)),
    help: values.help ?? false,
  };
}
