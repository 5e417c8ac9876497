/**
 * The data of one nightly: `reports/nightly/<date>/nightly.json` (NightlyRecord, from which
 * summary.md and index.html are rendered and which the next nightly compares against) and the points
 * of `reports/trend.json`. Durations are milliseconds unless a name says otherwise, times ISO-8601 UTC.
 */
import type { BenchRow } from '../../../bench/model.ts';
import type { Gate, Outcome } from '../outcomes.ts';
import type { Report } from '../report/model.ts';
import type { FuzzBudget } from './args.ts';

/** A program whose outcome changed when it was rerun: never counted as a pass. */
export interface FlakyProgram {
  readonly label: string;
  /** Outcome of the first run (the one the gate's totals count). */
  readonly first: Outcome;
  readonly rerun: Outcome;
}

/** Parity pass count of one corpus block (e.g. `examples/0600-0699`) under one gate. */
export interface BlockRate {
  readonly block: string;
  readonly passed: number;
  readonly total: number;
}

/** One program's outcome under one gate, as the next nightly compares it. */
export interface ProgramStatus {
  readonly label: string;
  readonly outcome: Outcome;
  /** PASS or XFAIL (and not flaky). */
  readonly expected: boolean;
  readonly flaky: boolean;
}

/** One comptime gate's parity run. */
export interface GateSummary {
  readonly gate: Gate;
  /** Folder of the gate's parity reports inside the nightly folder, e.g. `parity-comptime-on`. */
  readonly folder: string;
  /** The `Parity P/N (...)` line of the first run. */
  readonly parityLine: string;
  readonly totals: Report['totals'];
  /** Sorted by block. */
  readonly blocks: readonly BlockRate[];
  /** Sorted by label. */
  readonly programs: readonly ProgramStatus[];
  readonly flaky: readonly FlakyProgram[];
  /** Both runs (first and rerun of the unexpected outcomes). */
  readonly wallMs: number;
}

/** One distinct fuzz failure, with the command that replays it. */
export interface FuzzFailureRecord {
  /** Buckets (first differing operator) that were new when it was found, sorted. */
  readonly buckets: readonly string[];
  readonly seed: number;
  readonly path: string;
  readonly shrinks: number;
  readonly replay: string;
}

/** What the comptime fuzzer did (`fuzz.json`). */
export interface FuzzSummary {
  /** The session's base seed (the date's digits unless overridden). */
  readonly seed: number;
  readonly budget: FuzzBudget;
  readonly maxDepth: number;
  readonly exprsPerProgram: number;
  /** The C compiler of the native builds: command and version line, e.g. `tcc (tcc version 0.9.27 (x86_64 Linux))`. */
  readonly cc: string;
  /** Programs and expressions checked while searching (shrinking excluded). */
  readonly programs: number;
  readonly expressions: number;
  readonly searchMs: number;
  /** expressions * 1000 / searchMs (0 when nothing ran). */
  readonly expressionsPerSecond: number;
  readonly shrinkPrograms: number;
  readonly shrinkMs: number;
  readonly failures: readonly FuzzFailureRecord[];
  /** True when the time budget ended the session. */
  readonly interrupted: boolean;
  readonly wallMs: number;
}

/** The file `npm run bench -- --json FILE` writes (bench/run.ts). */
export interface BenchResults {
  readonly generatedAt: string;
  readonly nodeVersion: string;
  readonly runs: number;
  readonly peakRss: 'gnu-time' | 'unavailable';
  readonly geometricMean: number | null;
  readonly rows: readonly BenchRow[];
}

/** The benchmark stage: the results and how the runner ended (0 all timed, 1 a row not timed). */
export interface BenchSummary {
  readonly results: BenchResults;
  readonly exitCode: number;
  readonly wallMs: number;
}

/** One line of the comparison with the previous nightly. */
export interface ChangeLine {
  readonly kind: 'program' | 'benchmark' | 'fuzz';
  /** Program label with its gate, benchmark label, or fuzz bucket. */
  readonly subject: string;
  /** What changed, e.g. `PASS -> FAIL`, `native 120 ms -> 180 ms (ratio 0.80 -> 1.20)`. */
  readonly text: string;
}

/** What changed since the previous nightly. */
export interface Comparison {
  /** Date of the previous nightly; null when there is none (this run is the baseline). */
  readonly previousDate: string | null;
  readonly regressions: readonly ChangeLine[];
  readonly fixes: readonly ChangeLine[];
  /** `<label> [comptime=<gate>]: <first> then <rerun>` per flaky program of this nightly. */
  readonly flaky: readonly string[];
}

/** `nightly.json`. */
export interface NightlyRecord {
  readonly schema: 1;
  readonly date: string;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly wallMs: number;
  readonly command: readonly string[];
  /** Versions (Node, compiler revision, cc, OS) from the first gate's report; null without gates. */
  readonly environment: Report['environment'] | null;
  readonly gates: readonly GateSummary[];
  /** Null with --skip-fuzz. */
  readonly fuzz: FuzzSummary | null;
  /** Null with --skip-bench. */
  readonly bench: BenchSummary | null;
  /** Wall time of each stage, in run order. */
  readonly stages: readonly { readonly name: string; readonly wallMs: number }[];
  readonly comparison: Comparison;
}

/** The headline figures of one nightly, one point of `reports/trend.json`. */
export interface TrendPoint {
  readonly date: string;
  readonly startedAt: string;
  readonly gates: readonly { readonly gate: Gate; readonly passed: number; readonly total: number; readonly unexpected: number; readonly flaky: number }[];
  /** Null when the nightly did not fuzz. */
  readonly fuzz: { readonly expressionsPerSecond: number; readonly expressions: number; readonly failures: number } | null;
  /** Null when the nightly did not run the benchmarks; geometricMean null when nothing was timed. */
  readonly bench: { readonly geometricMean: number | null } | null;
  readonly wallMinutes: number;
}

/** `reports/trend.json`: the newest TREND_LIMIT points, oldest first. */
export interface TrendFile {
  readonly schema: 1;
  readonly points: readonly TrendPoint[];
}
