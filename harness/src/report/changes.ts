/**
 * The "changed since the previous run" rows shared by index.html and summary.md: every result that
 * history.ts marked REGRESSION, FIXED or STILL-FAILING, with its outcome now and before and the age
 * of its failure streak (in runs, and in time between the streak's first run and this one).
 */
import { compareText } from '../discover.ts';
import type { Outcome } from '../outcomes.ts';
import type { Change, Report } from './model.ts';

/** One changed result. */
export interface ChangeRow {
  readonly change: Change;
  readonly label: string;
  readonly outcome: Outcome;
  /** Outcome in the previous run that ran this label; absent when no earlier report ran it. */
  readonly previousOutcome?: Outcome;
  /** True when the outcome now is expected (PASS, XFAIL): only FIXED rows. */
  readonly expected: boolean;
  /** Runs in the failure streak, this one included (REGRESSION: 1; absent for FIXED). */
  readonly runs?: number;
  /** Milliseconds from the streak's first run to this run; absent when unknown or FIXED. */
  readonly elapsedMs?: number;
}

const ORDER: readonly Change[] = ['REGRESSION', 'FIXED', 'STILL-FAILING'];

/** The changed results of `report`: regressions, then fixes, then older failures, each by label. */
export function changeRows(report: Report): ChangeRow[] {
  const now = Date.parse(report.startedAt);
  const rows: ChangeRow[] = [];
  for (const r of report.results) {
    if (r.change === undefined) continue;
    const since = r.failingSince === undefined ? Number.NaN : Date.parse(r.failingSince);
    rows.push({
      change: r.change,
      label: r.label,
      outcome: r.outcome,
      ...(r.previousOutcome === undefined ? {} : { previousOutcome: r.previousOutcome }),
      expected: r.expected,
      ...(r.failingRuns === undefined ? {} : { runs: r.failingRuns }),
      ...(Number.isFinite(since) && Number.isFinite(now) ? { elapsedMs: Math.max(0, now - since) } : {}),
    });
  }
  return rows.sort((a, b) => ORDER.indexOf(a.change) - ORDER.indexOf(b.change) || compareText(a.label, b.label));
}

/** A duration in milliseconds as a short English text: `45 s`, `12 min`, `3 h 20 min`, `2 d 4 h`. */
export function formatElapsed(ms: number): string {
  const s = Math.floor(ms / 1000);
  if (s < 60) return `${s} s`;
  const min = Math.floor(s / 60);
  if (min < 60) return `${min} min`;
  const h = Math.floor(min / 60);
  if (h < 24) return min % 60 === 0 ? `${h} h` : `${h} h ${min % 60} min`;
  const d = Math.floor(h / 24);
  return h % 24 === 0 ? `${d} d` : `${d} d ${h % 24} h`;
}

/** How long `row`'s failure has lasted: `first seen now`, `3 runs, 2 h 5 min`, or `` for FIXED. */
export function streakText(row: ChangeRow): string {
  if (row.change === 'FIXED' || row.runs === undefined) return '';
  if (row.runs <= 1) return 'first seen now';
  return `${row.runs} runs${row.elapsedMs === undefined ? '' : `, ${formatElapsed(row.elapsedMs)}`}`;
}
