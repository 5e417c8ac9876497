/**
 * A fuzzing session: `fc.check` of an async property over generated programs (each program is
 * printed, run on every side and checked four ways). A program fails the property when it shows a
 * discrepancy in a bucket not seen before; fast-check then shrinks it to a minimal program. The
 * session records the failure (seed, path, minimal program, its run and verdict), adds its buckets to
 * the known set and continues with a new seed (`seed + round`) until the run budget is spent, so each
 * bug is reported once; programs that only show known buckets count as passing. While shrinking, only
 * the comptime gates the failure involves are built, and the minimal program is run once more under
 * both gates, with its output differences probed, for the report. Several jobs (each with its own
 * seeds) run at once to keep both cores busy: one job translates in-process while another's C
 * compiler runs.
 */
import fc from 'fast-check';
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { checkProgram, type Discrepancy, type ProgramVerdict } from './check.ts';
import { runEverywhere, type ExecuteSettings, type Gate, type ProgramRun } from './execute.ts';
import { programArbitrary, type GenerateOptions } from './generate.ts';
import type { FuzzProgram } from './model.ts';
import { renderProgram, type RenderedProgram } from './render.ts';

/** Options of one session. */
export interface SessionOptions extends GenerateOptions, ExecuteSettings {
  /** Programs to generate in total (shrinking runs not counted). */
  readonly runs: number;
  readonly seed: number;
  /** fast-check replay path (with `seed`): re-runs that counterexample and shrinks it further. */
  readonly path?: string;
  /** The session stops after this many distinct failures. */
  readonly maxFailures: number;
  /** Concurrent jobs (each its own fc.check rounds and work folder): 2 keeps both cores busy. */
  readonly jobs: number;
  /** Called after each program with the statistics so far. */
  readonly onProgress?: (stats: SessionStats) => void;
}

/** One program checked, with what it cost. */
export interface Evaluation {
  readonly program: FuzzProgram;
  readonly rendered: RenderedProgram;
  readonly run: ProgramRun;
  readonly verdict: ProgramVerdict;
  /** Whether it ran under both gates and output differences were localised by probing (otherwise bucketed by their root operator). */
  readonly complete: boolean;
}

/** A shrunk failure. */
export interface SessionFailure {
  /** Seed (of its job's round) and path that replay it: `--seed <seed> --path <path>`. */
  readonly seed: number;
  readonly path: string;
  readonly shrinks: number;
  /** Buckets of its discrepancies that were new when it was found, sorted. */
  readonly buckets: readonly string[];
  readonly minimal: Evaluation;
}

/** Counters of a session. `search*`: programs run while looking for failures; `shrink*`: while shrinking. */
export interface SessionStats {
  searchPrograms: number;
  searchExpressions: number;
  searchSubExpressions: number;
  searchMs: number;
  shrinkPrograms: number;
  shrinkMs: number;
  sitesChecked: number;
  sitesUnchecked: number;
  /** Compiler time (translation) and C compiler time, summed over both gates of every program. */
  compileMs: number;
  ccMs: number;
  /** Programs per discrepancy bucket while searching (known buckets included), for the summary. */
  readonly bucketHits: Map<string, number>;
  /** Fold sites per operator while searching: what the fuzzer made the folder fold. */
  readonly siteOps: Map<string, number>;
}

/** The result of a session. */
export interface SessionResult {
  readonly failures: readonly SessionFailure[];
  readonly stats: SessionStats;
}

const BOTH_GATES: ReadonlySet<Gate> = new Set(['on', 'off']);

/**
 * Renders, runs and checks one program: natively under `gates` (default both), and with `probe`
 * output differences are localised (see `checkProgram`). `complete` tells whether it was both.
 */
async function evaluateProgram(settings: ExecuteSettings, program: FuzzProgram, probe: boolean, gates = BOTH_GATES): Promise<Evaluation> {
  const rendered = renderProgram(program);
  const run = await runEverywhere(settings, 'fuzz', rendered.source, gates);
  return { program, rendered, run, verdict: await checkProgram(settings, rendered, run, probe), complete: probe && gates.size === 2 };
}

/** The gates a failure involves (both when one of its discrepancies is not tied to a gate). */
function gatesOf(discrepancies: readonly Discrepancy[]): ReadonlySet<Gate> {
  return discrepancies.some((d) => d.gate === undefined) ? BOTH_GATES : new Set(discrepancies.map((d) => d.gate!));
}

/** Wall-clock time during which at least one job is searching: the denominator of the throughput. */
class SearchClock {
  private active = 0;
  private since = 0;
  private total = 0;

  enter(): void {
    if (this.active++ === 0) this.since = performance.now();
  }

  leave(): void {
    if (--this.active === 0) this.total += performance.now() - this.since;
  }

  get ms(): number {
    return this.total + (this.active > 0 ? performance.now() - this.since : 0);
  }
}

/** What the concurrent jobs of a session share. */
interface Shared {
  readonly stats: SessionStats;
  readonly known: Set<string>;
  readonly failures: SessionFailure[];
  readonly clock: SearchClock;
}

/** Seeds of different jobs lie this far apart, so their rounds (seed + round) never meet. */
const JOB_SEED_STRIDE = 1_000_003;

/** One job: rounds of `fc.check` over `runs` programs in its own work folder. */
async function runJob(options: SessionOptions, job: number, runs: number, shared: Shared): Promise<void> {
  const { stats, known, failures, clock } = shared;
  const settings: SessionOptions = { ...options, work: path.join(options.work, `job${job}`) };
  await mkdir(settings.work, { recursive: true });
  let remaining = runs;
  for (let round = 0; remaining > 0 && failures.length < options.maxFailures; round++) {
    const seed = (options.seed + job * JOB_SEED_STRIDE + round) | 0;
    // Set at the first failure: from then on fast-check shrinks, and only the gates it involves are built.
    let shrinking: ReadonlySet<Gate> | undefined;
    let last: Evaluation | undefined;
    let harnessError: unknown;
    clock.enter();
    let searching = true;
    const stopSearching = (): void => {
      if (searching) clock.leave();
      searching = false;
    };
    const property = fc.asyncProperty(programArbitrary(options), async (program) => {
      const started = performance.now();
      let evaluation: Evaluation;
      try {
        // While no bucket is known every discrepancy fails the property, so culprits are only needed
        // to tell known buckets from new ones; the final counterexample is probed below.
        evaluation = await evaluateProgram(settings, program, known.size > 0, shrinking);
      } catch (error) {
        harnessError ??= error;
        throw error;
      }
      const { verdict, run } = evaluation;
      stats.compileMs += run.timings.compileMs;
      stats.ccMs += run.timings.ccMs;
      if (shrinking !== undefined) {
        stats.shrinkPrograms++;
        stats.shrinkMs += performance.now() - started;
      } else {
        stats.searchPrograms++;
        stats.searchExpressions += verdict.expressions;
        stats.searchSubExpressions += verdict.subExpressions;
        stats.searchMs = clock.ms;
        stats.sitesChecked += verdict.sitesChecked;
        stats.sitesUnchecked += verdict.sitesUnchecked;
        for (const b of new Set(verdict.discrepancies.map((d) => d.bucket))) stats.bucketHits.set(b, (stats.bucketHits.get(b) ?? 0) + 1);
        for (const [op, n] of verdict.siteOps) stats.siteOps.set(op, (stats.siteOps.get(op) ?? 0) + n);
        options.onProgress?.(stats);
      }
      const fresh = verdict.discrepancies.filter((d) => !known.has(d.bucket));
      if (fresh.length > 0) {
        shrinking ??= gatesOf(fresh);
        stopSearching();
        last = evaluation;
      }
      return fresh.length === 0;
    });
    let details;
    try {
      details = await fc.check(property, { numRuns: remaining, seed, ...(options.path === undefined ? {} : { path: options.path }) });
    } finally {
      stopSearching();
    }
    if (harnessError !== undefined) throw harnessError;
    remaining -= Math.max(1, details.numRuns);
    if (!details.failed || details.counterexample === null) break;
    const [counterexample] = details.counterexample;
    const minimal = last?.program === counterexample && last.complete ? last : await evaluateProgram(settings, counterexample, true);
    const buckets = [...new Set(minimal.verdict.discrepancies.map((d) => d.bucket))].filter((b) => !known.has(b)).sort();
    // No new bucket left after probing: a bug already reported (by this job or another).
    if (buckets.length > 0) failures.push({ seed, path: details.counterexamplePath ?? '', shrinks: details.numShrinks, buckets, minimal });
    buckets.forEach((b) => known.add(b));
    if (options.path !== undefined) break;
  }
}

/**
 * Runs a session (see the module doc) as `options.jobs` concurrent jobs sharing the run budget, the
 * known buckets and the statistics (one job with `path`). Errors: rethrows a harness failure (I/O, a
 * missing pinned Node).
 */
export async function runSession(options: SessionOptions): Promise<SessionResult> {
  const stats: SessionStats = {
    searchPrograms: 0, searchExpressions: 0, searchSubExpressions: 0, searchMs: 0, shrinkPrograms: 0, shrinkMs: 0, sitesChecked: 0, sitesUnchecked: 0,
    compileMs: 0, ccMs: 0, bucketHits: new Map(), siteOps: new Map(),
  };
  // Warm-up, not counted: the first build parses the TypeScript lib files and may build the runtime library.
  await evaluateProgram(options, { exprs: [] }, false);
  const shared: Shared = { stats, known: new Set(), failures: [], clock: new SearchClock() };
  const jobs = options.path === undefined ? Math.max(1, Math.min(options.jobs, options.runs)) : 1;
  await Promise.all(Array.from({ length: jobs }, (_, job) =>
    runJob(options, job, Math.floor(options.runs / jobs) + (job < options.runs % jobs ? 1 : 0), shared)));
  stats.searchMs = shared.clock.ms;
  return { failures: shared.failures, stats };
}
