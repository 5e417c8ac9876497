/**
 * Command-line parsing for `npm run parity -- [options]`, with `node:util` parseArgs. `-name` (one
 * dash, as the issue spells it) is accepted as `--name`, and `-j` as `--jobs`.
 */
import { availableParallelism } from 'node:os';
import { parseArgs, type ParseArgsOptionsConfig } from 'node:util';
import { splitNamePatterns } from './select.ts';

/** The console reporters: live progress line on a TTY (`auto` picks it), one line per program, or summary only. */
export const REPORTERS = ['auto', 'live', 'plain', 'quiet'] as const;

/** Parsed and validated options of one harness run. */
export interface ParityOptions {
  /** `-name` patterns (comma lists split); empty: every program. */
  readonly names: readonly string[];
  readonly updateGoldens: boolean;
  /** With --update-goldens: the whole corpus. */
  readonly all: boolean;
  readonly acceptNative: boolean;
  readonly prune: boolean;
  /** Programs run at once. */
  readonly jobs: number;
  /** Per-process wall-clock limit, milliseconds. */
  readonly timeoutMs: number;
  /** Per-stream output cap, bytes. */
  readonly capBytes: number;
  readonly comptime: 'on' | 'off' | 'both';
  /** The compiler's --check mode, when given (default: `error` for the corpus, `off` for --suite). */
  readonly check?: 'error' | 'warn' | 'off';
  /** False with --no-reference: the pinned Node is not run. */
  readonly reference: boolean;
  readonly reporter: (typeof REPORTERS)[number];
  readonly keep: boolean;
  readonly rerunFailed: boolean;
  /** --suite: a folder of programs the team did not write, run with Node as the only oracle. */
  readonly suite?: string;
  /** Folder holding corpus/, goldens/, reference/, reports/ (default: the project root). */
  readonly root?: string;
  readonly help: boolean;
}

/** A command line that cannot be run; the message says what is wrong. */
export class UsageError extends Error {}

/** The help text. */
export const USAGE = `Usage: npm run parity -- [options]

Runs every corpus program natively (compiled by tsn) and under the pinned Node, compares both with
each other and with the goldens, and writes reports/latest/. Exit 0 only when every outcome is
PASS or XFAIL.

Selection
  --suite DIR                      run every program in DIR (a folder the team did not write) instead
                                   of the corpus: each where it lives (its own package.json context),
                                   Node the only oracle (no goldens), reports in reports/suites/<name>/,
                                   --check=off unless given
  -name=PATTERNS, --name=PATTERNS  programs to run: a corpus path (examples/0628-fold), a numeric
                                   prefix (examples/0628, examples/06), or a glob (examples/06*);
                                   comma-separated lists and repeated -name are accepted
  --rerun-failed                   only the programs whose outcome was unexpected in the last report
Goldens
  --update-goldens                 record the goldens and reference transcripts of the named programs
                                   from the pinned Node (needs -name, or --all for the whole corpus)
  --all                            with --update-goldens: every program
  --accept-native                  with --update-goldens: bless the native output of a program that
                                   Node cannot run
  --prune                          remove orphan goldens and transcripts (no corpus program)
Running
  --jobs N, -j N                   programs run at once (default: ${availableParallelism()}, the core count)
  --timeout S                      seconds before a program's process tree is killed (default 10)
  --output-cap BYTES               bytes kept per output stream before the program is killed
                                   (default 16777216)
  --comptime=on|off|both           comptime gate(s) to build with (default on; both: each program
                                   runs and counts under each gate)
  --check=error|warn|off           what type errors do in the native build (default error; off
                                   for --suite): reject, print as warnings, or ignore
  --no-reference                   do not run Node: compare native with goldens and transcripts
  --keep                           keep the executables and C of unexpected outcomes in
                                   reports/latest/kept/
  --reporter=auto|live|plain|quiet console output (auto: live line on a TTY, else plain)
  --root DIR                       project folder holding corpus/, goldens/, reference/, reports/
  -h, --help                       this text`;

/** `value` as a positive number (an integer when `integer`). Errors: UsageError naming `flag`. */
export function positiveNumber(flag: string, value: string, integer: boolean): number {
  const n = Number(value);
  if (!Number.isFinite(n) || n <= 0 || (integer && !Number.isInteger(n))) {
    throw new UsageError(`${flag} needs a positive ${integer ? 'integer' : 'number'} (got "${value}")`);
  }
  return n;
}

function checkCombinations(updateGoldens: boolean, all: boolean, acceptNative: boolean, reference: boolean, named: boolean): void {
  if (updateGoldens && !named && !all) {
    throw new UsageError('--update-goldens refuses to rewrite every golden: name the programs with -name=..., '
      + 'or ask for the whole corpus with --all');
  }
  if (all && !updateGoldens) throw new UsageError('--all only goes with --update-goldens');
  if (all && named) throw new UsageError('--all and -name contradict each other: give one of them');
  if (acceptNative && !updateGoldens) throw new UsageError('--accept-native only goes with --update-goldens');
  if (updateGoldens && !reference) throw new UsageError('--update-goldens records what Node prints, so it cannot run with --no-reference');
}

/**
 * node:util parseArgs for the project's commands: strict, no positionals; its errors (an unknown
 * option, a missing value) become UsageError.
 */
export function parseOptions<const O extends ParseArgsOptionsConfig>(args: readonly string[], options: O) {
  try {
    return parseArgs({ args: [...args], strict: true, allowPositionals: false, options }).values;
  } catch (error) {
    throw new UsageError((error as Error).message);
  }
}

/**
 * Parses `argv` (the arguments after `npm run parity --`). Errors: UsageError for unknown options,
 * bad values and contradictory combinations (e.g. --update-goldens without -name or --all).
 */
export function parseParityArgs(argv: readonly string[]): ParityOptions {
  const rewritten = argv.map((a) => (a === '-name' || a.startsWith('-name=') ? `-${a}` : a));
  const values = parseOptions(rewritten, {
        name: { type: 'string', multiple: true },
        'update-goldens': { type: 'boolean' },
        all: { type: 'boolean' },
        'accept-native': { type: 'boolean' },
        prune: { type: 'boolean' },
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        'output-cap': { type: 'string' },
        comptime: { type: 'string' },
        check: { type: 'string' },
        'no-reference': { type: 'boolean' },
        reporter: { type: 'string' },
        keep: { type: 'boolean' },
        'rerun-failed': { type: 'boolean' },
        root: { type: 'string' },
        suite: { type: 'string' },
        help: { type: 'boolean', short: 'h' },
  });
  const names = splitNamePatterns(values.name ?? []);
  const comptime = values.comptime ?? 'on';
  if (comptime !== 'on' && comptime !== 'off' && comptime !== 'both') {
    throw new UsageError(`--comptime must be on, off or both (got "${comptime}")`);
  }
  const check = values.check;
  if (check !== undefined && check !== 'error' && check !== 'warn' && check !== 'off') {
    throw new UsageError(`--check must be error, warn or off (got "${check}")`);
  }
  const reporter = values.reporter ?? 'auto';
  if (!(REPORTERS as readonly string[]).includes(reporter)) {
    throw new UsageError(`--reporter must be one of ${REPORTERS.join(', ')} (got "${reporter}")`);
  }
  const updateGoldens = values['update-goldens'] ?? false;
  const all = values.all ?? false;
  const acceptNative = values['accept-native'] ?? false;
  const reference = !(values['no-reference'] ?? false);
  const help = values.help ?? false;
  if (!help) checkCombinations(updateGoldens, all, acceptNative, reference, names.length > 0);
  if (values.suite !== undefined && (updateGoldens || values.prune === true || !reference)) {
    throw new UsageError('--suite has no goldens: Node is its only oracle, so it goes without --update-goldens, --prune and --no-reference');
  }
  return {
    names,
    updateGoldens,
    all,
    acceptNative,
    prune: values.prune ?? false,
    jobs: values.jobs === undefined ? availableParallelism() : positiveNumber('--jobs', values.jobs, true),
    timeoutMs: 1000 * (values.timeout === undefined ? 10 : positiveNumber('--timeout', values.timeout, false)),
    capBytes: values['output-cap'] === undefined ? 16 * 1024 * 1024 : positiveNumber('--output-cap', values['output-cap'], true),
    comptime,
    ...(check === undefined ? {} : { check }),
    reference,
    reporter: reporter as ParityOptions['reporter'],
    keep: values.keep ?? false,
    rerunFailed: values['rerun-failed'] ?? false,
    ...(values.root === undefined ? {} : { root: values.root }),
    ...(values.suite === undefined ? {} : { suite: values.suite }),
    help,
  };
}
