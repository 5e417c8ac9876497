/** One point per earlier run for index.html's trend table, read off that run's report. */
import type { Report } from './model.ts';

/** An earlier (or this) run's totals and what it ran. */
export interface TrendPoint {
  readonly startedAt: string;
  /** The compiler's git revision (see environment.ts). */
  readonly revision: string;
  /** What ran: see selectionOf. */
  readonly selection: string;
  readonly passed: number;
  readonly xfail: number;
  readonly unexpected: number;
  readonly total: number;
}

/** The `-name` patterns of a run joined with `, ` (`whole corpus` without any), then ` (comptime=<gate>)`. */
export function selectionOf(options: Report['options']): string {
  return `${options.names.length === 0 ? 'whole corpus' : options.names.join(', ')} (comptime=${options.comptime})`;
}

/** The trend point of `report`. */
export function trendPointOf(report: Report): TrendPoint {
  return {
    startedAt: report.startedAt,
    revision: report.environment.compilerRevision,
    selection: selectionOf(report.options),
    passed: report.totals.passed,
    xfail: report.totals.byOutcome.XFAIL ?? 0,
    unexpected: report.totals.unexpected,
    total: report.totals.total,
  };
}
