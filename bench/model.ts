/**
 * The data of one `npm run bench` run: the benchmark cases (a program under one comptime gate) and
 * one result row per case, as printed in the table and written with `--json`.
 */

/** A comptime gate, as in BuildOptions.comptime. */
export type Gate = 'on' | 'off';

/** One benchmark program under one comptime gate. */
export interface BenchCase {
  /** Program name: the file name in bench/programs/ without `.ts`, e.g. `nbody`. */
  readonly name: string;
  /** Absolute path of the program. */
  readonly entry: string;
  readonly gate: Gate;
  /** Name shown in the table: the program name, plus `[comptime=on|off]` for programs built under both gates. */
  readonly label: string;
}

/** Timings and memory of one side (native or Node) over the timed runs. */
export interface Measurement {
  /** Median wall time of the timed runs, milliseconds. */
  readonly medianMs: number;
  /** Wall time of every timed run in run order, milliseconds. */
  readonly runsMs: readonly number[];
  /** Largest peak RSS over the timed runs in KiB; null when GNU time is unavailable. */
  readonly peakRssKiB: number | null;
}

/**
 * How a case ended: `ok` (outputs agree, timed), `mismatch` (native stdout or exit code differs from
 * Node's: not timed), `compile-error` (build() rejected the program or failed), `run-error` (Node
 * itself failed, or a timed run crashed, timed out or printed something else).
 */
export type RowStatus = 'ok' | 'mismatch' | 'compile-error' | 'run-error';

/** The result of one case. Optional fields are absent when the stage that measures them did not run. */
export interface BenchRow {
  readonly name: string;
  readonly gate: Gate;
  readonly label: string;
  readonly status: RowStatus;
  /** Why the row is not `ok`: the diagnostics, the output diff or the failure; empty for `ok`. */
  readonly detail: string;
  /** Milliseconds build() spent translating to C. */
  readonly compileMs?: number;
  /** Milliseconds build() spent in the C compiler and linker. */
  readonly ccMs?: number;
  /** Size of the native executable, bytes. */
  readonly binaryBytes?: number;
  readonly native?: Measurement;
  readonly node?: Measurement;
  /** native.medianMs / node.medianMs (below 1: native is faster). */
  readonly ratio?: number;
}
