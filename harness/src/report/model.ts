/**
 * The shape of `reports/latest/report.json`, from which every other report (JUnit XML, summary.md,
 * index.html) is rendered. Durations are milliseconds, sizes bytes, times ISO-8601 UTC.
 */
import type { Outcome, Gate } from '../outcomes.ts';

/** One difference, rendered. */
export interface ReportedMismatch {
  readonly aspect: 'stdout' | 'stderr' | 'termination' | 'fold' | 'diagnostics';
  /** What the left side is (`golden`, `node`, `transcript`). */
  readonly expectedLabel: string;
  /** What the right side is (`native`, `node`, `tsn build`). */
  readonly actualLabel: string;
  /** Unified diff from expected to actual. */
  readonly patch: string;
  /** Both sides as text (cut to the diff limit), for the side-by-side view. */
  readonly expectedText: string;
  readonly actualText: string;
}

/** The commands and file that reproduce one result (see repro.ts). */
export interface Repro {
  /** Rebuilds and reruns this program alone (same gate, same --root). */
  readonly rerun: string;
  /** Re-blesses its goldens from Node. */
  readonly bless: string;
  /** Its entry source file, relative to the project root. */
  readonly source: string;
}

/** Unexpected results that share one failure signature (see signature.ts and groups.ts). */
export interface FailureGroup {
  /** 1-based position in the report's list (largest group first); anchors are `g-<id>`. */
  readonly id: number;
  readonly signature: string;
  /** The outcome of the group's first member. */
  readonly outcome: Outcome;
  readonly count: number;
  /** Result labels, in result order. */
  readonly members: readonly string[];
}

/** What changed since the previous run that ran this program under this gate. */
export type Change = 'REGRESSION' | 'FIXED' | 'STILL-FAILING';

/** One program under one comptime gate. */
export interface ProgramResult {
  readonly program: string;
  readonly gate: Gate;
  /** The program id, plus ` [comptime=<gate>]` when the run used both gates. */
  readonly label: string;
  /** e.g. `examples/0600-0699`. */
  readonly block: string;
  readonly kind: 'run' | 'diagnostics';
  readonly outcome: Outcome;
  /** Outcome before the expectations entry applied. */
  readonly rawOutcome: Outcome;
  /** True for PASS and XFAIL. */
  readonly expected: boolean;
  readonly detail: string;
  readonly mismatches: readonly ReportedMismatch[];
  /** `tsn build`'s diagnostics, when it printed any. */
  readonly diagnostics?: string;
  readonly expectation?: { readonly outcome: string; readonly reason: string };
  readonly durations: {
    /** Wall time of getting the native build (near 0 on a cache hit). */
    readonly buildMs: number;
    /** The compiler's own timings of the build (of the original build on a cache hit). */
    readonly compileMs: number;
    readonly ccMs: number;
    readonly nativeMs: number;
    readonly referenceMs: number;
    readonly totalMs: number;
    /** totalMs minus build, native and reference time: the harness's own cost. */
    readonly overheadMs: number;
  };
  readonly cached: boolean;
  readonly sizes: {
    readonly exeBytes?: number;
    readonly nativeStdoutBytes?: number;
    readonly nativeStderrBytes?: number;
    readonly referenceStdoutBytes?: number;
    readonly referenceStderrBytes?: number;
  };
  /** Streams that hit the output cap (either side), e.g. `native stdout`. */
  readonly capped: readonly string[];
  /** How to reproduce this result alone (see repro.ts). */
  readonly repro?: Repro;
  /** Where `--keep` copied the executable and C. */
  readonly kept?: string;
  /** Filled in against the previous reports. */
  readonly change?: Change;
  /** With `change`: the outcome in the previous run that ran this label (absent when none did). */
  readonly previousOutcome?: Outcome;
  /** ISO time of the first run of the current unexpected streak. */
  readonly failingSince?: string;
  /** Runs in the current unexpected streak, this one included. */
  readonly failingRuns?: number;
}

/** The whole report of one run. */
export interface Report {
  readonly schema: 1;
  readonly startedAt: string;
  readonly finishedAt: string;
  readonly wallMs: number;
  readonly command: readonly string[];
  readonly options: {
    readonly names: readonly string[];
    readonly comptime: 'on' | 'off' | 'both';
    readonly reference: boolean;
    readonly jobs: number;
    readonly timeoutMs: number;
    readonly capBytes: number;
  };
  readonly environment: {
    /** The pinned Node's version, or null with --no-reference. */
    readonly node: string | null;
    /** The Node version recorded in reference/node-version.txt. */
    readonly recordedNode: string | null;
    readonly compilerRevision: string;
    readonly cc: string;
    readonly os: string;
    readonly cpus: number;
  };
  /** Every stderr normalisation applied, by name, so nobody wonders what was hidden. */
  readonly normalisations: readonly { readonly name: string; readonly description: string }[];
  readonly totals: {
    readonly total: number;
    readonly passed: number;
    readonly unexpected: number;
    readonly byOutcome: Readonly<Record<string, number>>;
  };
  readonly changes: {
    readonly regressions: readonly string[];
    readonly fixed: readonly string[];
    readonly stillFailing: readonly { readonly label: string; readonly since: string; readonly runs: number }[];
  };
  /** The unexpected results grouped by failure signature, largest group first (absent in older reports). */
  readonly groups?: readonly FailureGroup[];
  readonly problems: readonly string[];
  readonly orphans: readonly { readonly file: string; readonly reason: string }[];
  readonly results: readonly ProgramResult[];
}
