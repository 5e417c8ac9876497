/**
 * Command-line parsing for `npm run nightly -- [options]`, with `node:util` parseArgs.
 */
import { availableParallelism } from 'node:os';
import path from 'node:path';
import { UsageError, parseOptions, positiveNumber } from '../args.ts';
import { PROJECT_ROOT } from '../layout.ts';
import { isNightlyDate, seedOfDate, utcDate } from './date.ts';

/**
 * Default comptime fuzzing budget, seconds of wall time (search and shrinking together). With the
 * two parity gates and the benchmarks (15.5 min measured on a loaded 2-core machine, cold build
 * cache), 20 minutes of fuzzing kept the whole nightly at 35.5 minutes, inside the 60-minute budget
 * (see README.md).
 */
export const DEFAULT_FUZZ_SECONDS = 1200;

/** How much fuzzing: a wall-clock budget (the nightly default) or a fixed number of programs. */
export type FuzzBudget = { readonly kind: 'seconds'; readonly seconds: number } | { readonly kind: 'runs'; readonly runs: number };

/** Parsed options of one nightly run. */
export interface NightlyOptions {
  /** Folder holding corpus/, goldens/ and reference/ (as parity's --root). */
  readonly root: string;
  /** Folder receiving nightly/<date>/ and trend.json. */
  readonly reports: string;
  /** The nightly's date, `YYYY-MM-DD`. */
  readonly date: string;
  /** Programs run at once by the parity gates. */
  readonly jobs: number;
  /** Undefined with --skip-fuzz. */
  readonly fuzz?: {
    readonly budget: FuzzBudget;
    /** fast-check seed: seedOfDate(date) unless --fuzz-seed. */
    readonly seed: number;
    /** Mean expressions per generated program; undefined: the fuzzer's default. */
    readonly exprsPerProgram?: number;
  };
  /** Timed runs per side and benchmark; undefined with --skip-bench. */
  readonly benchRuns?: number;
  readonly help: boolean;
}

/** The help text. */
export const USAGE = `Usage: npm run nightly -- [options]

Runs the parity corpus under --comptime=on and --comptime=off (unexpected outcomes rerun once: a
program whose outcome changes is FLAKY), the benchmarks, and the comptime fuzzer with a seed derived
from the date, then writes reports/nightly/<date>/ (both gates' parity reports, bench.json, fuzz.json,
summary.md, index.html, nightly.json), compares with the previous nightly and appends the headline
figures to reports/trend.json. Exit 0 when nothing regressed and nothing is flaky, 1 otherwise, 2 for
a usage or setup error.

  --date YYYY-MM-DD   the nightly's date (default: today, UTC); names the folder and the fuzz seed
  --root DIR          folder holding corpus/, goldens/, reference/ (default: the project)
  --reports DIR       folder receiving nightly/<date>/ and trend.json (default: <root>/reports)
  --jobs N, -j N      parity programs run at once (default: ${availableParallelism()}, the core count)
  --fuzz-seconds S    fuzzing wall-clock budget, shrinking included (default ${DEFAULT_FUZZ_SECONDS})
  --fuzz-runs N       fuzz exactly N programs instead of a time budget
  --fuzz-seed N       fuzz seed (default: the date's digits, e.g. 20261121)
  --fuzz-exprs K      mean expressions per fuzz program (default: the fuzzer's)
  --skip-fuzz         do not fuzz
  --bench-runs N      timed runs per side and benchmark (default 3)
  --skip-bench        do not run the benchmarks
  -h, --help          this text`;

function positiveInteger(flag: string, value: string | undefined): number | undefined {
  return value === undefined ? undefined : positiveNumber(flag, value, true);
}

function fuzzSeed(value: string | undefined, date: string): number {
  if (value === undefined) return seedOfDate(date);
  const n = Number(value);
  if (!Number.isInteger(n) || n < -(2 ** 31) || n >= 2 ** 31) throw new UsageError(`--fuzz-seed needs a 32-bit integer (got "${value}")`);
  return n;
}

/**
 * Parses `argv` (the arguments after `npm run nightly --`); `now` gives the default date.
 * Errors: UsageError for unknown options, bad values and contradictions (--fuzz-runs with
 * --fuzz-seconds, fuzz options with --skip-fuzz, --bench-runs with --skip-bench).
 */
export function parseNightlyArgs(argv: readonly string[], now: Date = new Date()): NightlyOptions {
  const values = parseOptions(argv, {
        date: { type: 'string' },
        root: { type: 'string' },
        reports: { type: 'string' },
        jobs: { type: 'string', short: 'j' },
        'fuzz-seconds': { type: 'string' },
        'fuzz-runs': { type: 'string' },
        'fuzz-seed': { type: 'string' },
        'fuzz-exprs': { type: 'string' },
        'skip-fuzz': { type: 'boolean' },
        'bench-runs': { type: 'string' },
        'skip-bench': { type: 'boolean' },
        help: { type: 'boolean', short: 'h' },
  });
  const date = values.date ?? utcDate(now);
  if (!isNightlyDate(date)) throw new UsageError(`--date needs a calendar date YYYY-MM-DD (got "${date}")`);
  const fuzzFlags = ['fuzz-seconds', 'fuzz-runs', 'fuzz-seed', 'fuzz-exprs'] as const;
  if (values['skip-fuzz'] === true && fuzzFlags.some((f) => values[f] !== undefined)) {
    throw new UsageError(`--skip-fuzz contradicts ${fuzzFlags.filter((f) => values[f] !== undefined).map((f) => `--${f}`).join(', ')}`);
  }
  if (values['fuzz-runs'] !== undefined && values['fuzz-seconds'] !== undefined) {
    throw new UsageError('--fuzz-runs and --fuzz-seconds contradict each other: give one budget');
  }
  if (values['skip-bench'] === true && values['bench-runs'] !== undefined) throw new UsageError('--skip-bench contradicts --bench-runs');
  const runs = positiveInteger('--fuzz-runs', values['fuzz-runs']);
  const seconds = positiveInteger('--fuzz-seconds', values['fuzz-seconds']) ?? DEFAULT_FUZZ_SECONDS;
  const exprs = positiveInteger('--fuzz-exprs', values['fuzz-exprs']);
  const root = path.resolve(values.root ?? PROJECT_ROOT);
  return {
    root,
    reports: path.resolve(values.reports ?? path.join(root, 'reports')),
    date,
    jobs: positiveInteger('--jobs', values.jobs) ?? availableParallelism(),
    ...(values['skip-fuzz'] === true ? {} : {
      fuzz: {
        budget: runs === undefined ? { kind: 'seconds' as const, seconds } : { kind: 'runs' as const, runs },
        seed: fuzzSeed(values['fuzz-seed'], date),
        ...(exprs === undefined ? {} : { exprsPerProgram: exprs }),
      },
    }),
    ...(values['skip-bench'] === true ? {} : { benchRuns: positiveInteger('--bench-runs', values['bench-runs']) ?? 3 }),
    help: values.help ?? false,
  };
}
