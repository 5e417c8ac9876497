/**
 * Command-line parsing for `npm run test262 -- [paths or globs under test/] [options]` (node:util parseArgs).
 */
import { parseArgs } from 'node:util';
import { ENGINES, type EngineName } from './engine.ts';

/** Parsed options of one test262 run. */
export interface Test262Options {
  /** Paths or globs under test/; empty: every test. */
  readonly patterns: readonly string[];
  readonly jobs: number;
  /** Per-scenario limit for running a program, milliseconds. */
  readonly timeoutMs: number;
  readonly updateExpectations: boolean;
  readonly engine: EngineName;
  /** A test262 checkout to use instead of the extracted default archive. */
  readonly test262Dir?: string;
  /** Run only the fixed CI sample (`--sample=N`: about N tests chosen by a hash of their path). */
  readonly sample?: number;
  /** Folder the reports are written to. */
  readonly reportDir?: string;
  readonly help: boolean;
}

/** A command line that cannot be run. */
export class UsageError extends Error {}

/** The help text. */
export const USAGE = `Usage: npm run test262 -- [paths or globs under test/ ...] [options]

Runs the ECMAScript conformance suite test262: every scenario INTERPRETING.md asks for (non-strict and
strict, module, raw, async, negative), natively (compiled by tsn) or under the pinned Node, compares the
outcomes with harness/src/suites/test262/expectations.json and writes reports/test262/.
Exit 0 only when every outcome is as expected (PASS, or the non-PASS outcome the expectations list).

  built-ins/Array, language/**/let-*.js   tests to run (relative to test/; default: all)
  --engine=native|node    tsn (default) or the pinned Node, to check the runner's reading of the suite
  --jobs N, -j N          scenarios run at once (default 2)
  --timeout S             seconds a program may run (default 10)
  --sample N              only a fixed sample of about N tests, chosen by a hash of their path
  --update-expectations   rewrite the expectations of the selected tests from this run (native only)
  --test262-dir DIR       a test262 checkout (default: ../shared/test262/test262-dev.tar.gz, extracted
                          once into .tsn-cache/test262/)
  --report-dir DIR        where reports go (default reports/test262, or reports/test262-node)
  --help                  this text
`;

function positiveInt(value: string | undefined, name: string, fallback: number): number {
  if (value === undefined) return fallback;
  const n = Number(value);
  if (!Number.isInteger(n) || n < 1) throw new UsageError(`${name} must be a positive integer (got ${value})`);
  return n;
}

/** Parses `argv` (without node and script). Throws UsageError. */
export function parseTest262Args(argv: readonly string[]): Test262Options {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        jobs: { type: 'string', short: 'j' },
        timeout: { type: 'string' },
        sample: { type: 'string' },
        'update-expectations': { type: 'boolean', default: false },
        engine: { type: 'string', default: 'native' },
        'test262-dir': { type: 'string' },
        'report-dir': { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (e) {
    throw new UsageError(e instanceof Error ? e.message : String(e));
  }
  const { values, positionals } = parsed;
  const engine = values.engine!;
  if (!(ENGINES as readonly string[]).includes(engine)) throw new UsageError(`--engine must be ${ENGINES.join(' or ')} (got ${engine})`);
  if (values['update-expectations'] && engine !== 'native') throw new UsageError('--update-expectations applies to --engine=native only');
  return {
    patterns: positionals,
    jobs: positiveInt(values.jobs, '--jobs', 2),
    timeoutMs: positiveInt(values.timeout, '--timeout', 10) * 1000,
    updateExpectations: values['update-expectations']!,
    engine: engine as EngineName,
    ...(values['test262-dir'] === undefined ? {} : { test262Dir: values['test262-dir'] }),
    ...(values.sample === undefined ? {} : { sample: positiveInt(values.sample, '--sample', 1) }),
    ...(values['report-dir'] === undefined ? {} : { reportDir: values['report-dir'] }),
    help: values.help!,
  };
}
