/**
 * Command-line parsing for `npm run fuzz:comptime -- [options]` with `node:util` parseArgs.
 */
import { parseArgs } from 'node:util';

/** Parsed options of one fuzzing run. */
export interface FuzzCliOptions {
  /** Programs to generate. */
  readonly runs: number;
  /** fast-check seed; random when not given. */
  readonly seed: number;
  /** fast-check replay path, with --seed. */
  readonly path?: string;
  readonly maxDepth: number;
  readonly exprsPerProgram: number;
  readonly optLevel: 0 | 1 | 2 | 3;
  /** Per-process wall-clock limit, milliseconds. */
  readonly timeoutMs: number;
  readonly maxFailures: number;
  /** Concurrent fuzzing jobs. */
  readonly jobs: number;
  /** C compiler command of the native builds; undefined: see fuzzCompiler. */
  readonly cc?: string;
  /** Write each shrunk failure to corpus/examples/12NN-fuzz-<slug>.ts with its golden. */
  readonly save: boolean;
  readonly help: boolean;
}

/** A command line that cannot be run; the message says what is wrong. */
export class FuzzUsageError extends Error {}

export const FUZZ_USAGE = `Usage: npm run fuzz:comptime -- [options]

Generates well-typed TypeScript programs full of constant expressions, builds each natively with
--comptime=on and --comptime=off, runs both and the pinned Node, and checks that all three print the
same bytes and that every fold site holds Node's value. Failures are shrunk, bucketed by their first
differing operator, and reported with the seed and path that replay them. Exit 0 when nothing new fails.

  --runs N               programs to generate (default 20)
  --seed S               fast-check seed (default: random; printed)
  --path P               replay the counterexample at this fast-check path (with --seed)
  --max-depth D          maximum expression depth (default 4)
  --exprs-per-program K  mean expressions per program, uniform in 0..2K-1 (default 500)
  --opt-level N          C optimisation level of the native builds, 0-3 (default 0)
  --timeout-ms T         wall-clock limit per process (default 60000)
  --max-failures F       stop after F distinct failures (default 10)
  --jobs J               programs checked at once, each job with its own seeds (default 2)
  --cc CMD               C compiler of the native builds (default: tcc when installed, it compiles
                         the generated C ~15x faster than gcc -O0; else $CC or cc)
  --save                 write each shrunk failure to corpus/examples/12NN-fuzz-<slug>.ts with its golden
  --help                 this text
`;

function integer(name: string, text: string | undefined, fallback: number, min: number, max: number): number {
  if (text === undefined) return fallback;
  const n = Number(text);
  if (!Number.isInteger(n) || n < min || n > max) throw new FuzzUsageError(`--${name} must be an integer in ${min}..${max}, got ${JSON.stringify(text)}`);
  return n;
}

/** Parses `argv` (without node and script). Errors: FuzzUsageError for unknown options or bad values. */
export function parseFuzzArgs(argv: readonly string[]): FuzzCliOptions {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        runs: { type: 'string' }, seed: { type: 'string' }, path: { type: 'string' }, 'max-depth': { type: 'string' },
        'exprs-per-program': { type: 'string' }, 'opt-level': { type: 'string' }, 'timeout-ms': { type: 'string' },
        'max-failures': { type: 'string' }, jobs: { type: 'string' }, cc: { type: 'string' }, save: { type: 'boolean' }, help: { type: 'boolean' },
      },
      strict: true,
    }));
  } catch (error) {
    throw new FuzzUsageError((error as Error).message);
  }
  if (values.path !== undefined && values.seed === undefined) throw new FuzzUsageError('--path replays a counterexample of a seed: give --seed too');
  return {
    runs: integer('runs', values.runs, 20, 1, 1_000_000),
    seed: integer('seed', values.seed, Math.floor(Math.random() * 2 ** 31), -(2 ** 31), 2 ** 31 - 1),
    ...(values.path === undefined ? {} : { path: values.path }),
    maxDepth: integer('max-depth', values['max-depth'], 4, 0, 20),
    exprsPerProgram: integer('exprs-per-program', values['exprs-per-program'], 500, 1, 100_000),
    optLevel: integer('opt-level', values['opt-level'], 0, 0, 3) as 0 | 1 | 2 | 3,
    timeoutMs: integer('timeout-ms', values['timeout-ms'], 60_000, 1, 3_600_000),
    maxFailures: integer('max-failures', values['max-failures'], 10, 1, 1000),
    jobs: integer('jobs', values.jobs, 2, 1, 64),
    ...(values.cc === undefined ? {} : { cc: values.cc }),
    save: values.save === true,
    help: values.help === true,
  };
}
