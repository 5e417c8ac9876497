/**
 * The nightly's comptime fuzzing: one session of the fuzzer (harness/src/fuzz/session.ts, the code of
 * `npm run fuzz:comptime`) with the fuzzer's default program shape and a seed from the date.
 *
 * Budget: a fixed number of programs, or (the nightly default) a wall-clock budget. The fuzzer takes
 * only a program count, so a time budget runs an unbounded count and sets fast-check's
 * `interruptAfterTimeLimit` for the session through `fc.configureGlobal`, as a getter that fast-check
 * reads when each of the session's `fc.check` calls starts: every call gets the time left until the
 * deadline, so searching and shrinking together stop at the deadline. A program still running at the
 * deadline is abandoned (fast-check stops waiting for it; it finishes or is killed by the process-wide
 * cleanup on exit), so the overrun is at most fast-check's reaction time, not a program. The number
 * of programs checked therefore scales with throughput (about three programs of ~500 expressions per
 * second on 2 cores with TinyCC), minus shrinking time for each new failure found.
 */
import fc from 'fast-check';
import { mkdtemp, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { trackTempPath, untrackTempPath } from '../cleanup.ts';
import { parseFuzzArgs } from '../fuzz/args.ts';
import { formatFailure, formatProgress, formatSummary, replayCommand, throughput } from '../fuzz/report.ts';
import { runSession } from '../fuzz/session.ts';
import { fuzzCompiler } from '../fuzz/toolchain.ts';
import type { FuzzBudget } from './args.ts';
import type { FuzzSummary } from './model.ts';

/** Programs a time-budgeted session may generate (the fuzzer's --runs maximum): the clock ends it first. */
const UNBOUNDED_RUNS = 1_000_000;

/** Seconds between progress lines. */
const PROGRESS_EVERY_MS = 60_000;

/** One fuzzing stage. */
export interface FuzzRequest {
  readonly seed: number;
  readonly budget: FuzzBudget;
  /** Mean expressions per program; undefined: the fuzzer's default. */
  readonly exprsPerProgram?: number;
}

/**
 * Runs the session (see the module doc). Returns the summary and the fuzzer's text (the account of
 * each failure, with its replay command and minimal program, then the session summary). `progress`
 * receives a line now and then. Errors: rethrows a harness failure of the session (I/O, no pinned Node).
 */
export async function runNightlyFuzz(request: FuzzRequest, progress: (line: string) => void): Promise<{ summary: FuzzSummary; text: string }> {
  const started = performance.now();
  const runs = request.budget.kind === 'runs' ? request.budget.runs : UNBOUNDED_RUNS;
  const parsed = parseFuzzArgs([
    '--seed', String(request.seed), '--runs', String(runs),
    ...(request.exprsPerProgram === undefined ? [] : ['--exprs-per-program', String(request.exprsPerProgram)]),
  ]);
  const compiler = await fuzzCompiler(parsed.cc);
  const options = { ...parsed, cc: compiler.command };
  const deadline = request.budget.kind === 'seconds' ? started + request.budget.seconds * 1000 : undefined;
  const saved = fc.readConfigureGlobal();
  const work = await mkdtemp(path.join(os.tmpdir(), 'tsn-nightly-fuzz-'));
  trackTempPath(work);
  let finished = false;
  let lastProgress = started;
  try {
    if (deadline !== undefined) {
      fc.configureGlobal({
        ...saved,
        get interruptAfterTimeLimit() {
          return Math.max(1, Math.round(deadline - performance.now()));
        },
      });
    }
    const result = await runSession({
      ...options,
      work,
      onProgress: (stats) => {
        if (finished || performance.now() - lastProgress < PROGRESS_EVERY_MS) return;
        lastProgress = performance.now();
        progress(formatProgress(stats));
      },
    });
    finished = true;
    const { stats, failures } = result;
    const text = failures.map((f) => formatFailure(f, options)).join('') + formatSummary(stats, failures);
    return {
      text,
      summary: {
        seed: request.seed,
        budget: request.budget,
        maxDepth: options.maxDepth,
        exprsPerProgram: options.exprsPerProgram,
        cc: `${compiler.command} (${compiler.version})`,
        programs: stats.searchPrograms,
        expressions: stats.searchExpressions,
        searchMs: stats.searchMs,
        expressionsPerSecond: throughput(stats),
        shrinkPrograms: stats.shrinkPrograms,
        shrinkMs: stats.shrinkMs,
        failures: failures.map((f) => ({ buckets: f.buckets, seed: f.seed, path: f.path, shrinks: f.shrinks, replay: replayCommand(f, options) })),
        interrupted: deadline !== undefined && performance.now() >= deadline,
        wallMs: performance.now() - started,
      },
    };
  } finally {
    finished = true;
    fc.configureGlobal(saved);
    // A program abandoned at the deadline may still be writing here: if the folder cannot be removed
    // now, it stays registered and the exit cleanup removes it.
    const removed = await rm(work, { recursive: true, force: true, maxRetries: 3 }).then(() => true, () => false);
    if (removed) untrackTempPath(work);
  }
}
