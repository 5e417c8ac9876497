/**
 * The run's summary: the `Parity P/N (...)` line (P = PASS count, N = programs run, counting each
 * gate separately, then every non-zero outcome count in the closed-set order), and the command line.
 */
import { OUTCOMES } from '../outcomes.ts';
import type { ProgramResult, Report } from './model.ts';

/** Totals of a list of results. */
export function totalsOf(results: readonly ProgramResult[]): Report['totals'] {
  const byOutcome: Record<string, number> = {};
  for (const o of OUTCOMES) {
    const n = results.filter((r) => r.outcome === o).length;
    if (n > 0) byOutcome[o] = n;
  }
  return {
    total: results.length,
    passed: byOutcome.PASS ?? 0,
    unexpected: results.filter((r) => !r.expected).length,
    byOutcome,
  };
}

/** The one summary line, e.g. `Parity 12/14 (PASS 12, FAIL 1, XFAIL 1)`. */
export function parityLine(totals: Report['totals']): string {
  const counts = OUTCOMES.filter((o) => totals.byOutcome[o] !== undefined).map((o) => `${o} ${totals.byOutcome[o]}`);
  return `Parity ${totals.passed}/${totals.total}${counts.length > 0 ? ` (${counts.join(', ')})` : ''}`;
}

/**
 * The command line of a run as one line of text, `npm run parity -- <argv...>`: arguments made only
 * of shell-safe characters appear as they are, others as JSON strings (double-quoted, escaped).
 */
export function commandText(argv: readonly string[]): string {
  return `npm run parity --${argv.map((a) => ` ${/^[\w@%+=:,./-]+$/.test(a) ? a : JSON.stringify(a)}`).join('')}`;
}
