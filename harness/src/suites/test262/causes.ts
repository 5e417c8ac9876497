/**
 * The largest causes of FAIL and UNSUPPORTED: scenarios grouped by their reason with names, numbers and
 * quoted text kept but per-test detail (messages after the first `: ` of a thrown error) dropped, so the
 * next work can be chosen by impact.
 */
import type { ScenarioResult } from './run.ts';

/** One cause: a normalised reason and how many scenarios it explains. */
export interface Cause {
  readonly outcome: string;
  readonly cause: string;
  readonly count: number;
}

function normalise(r: ScenarioResult): string {
  if (r.outcome === 'UNSUPPORTED') return r.reason;
  // A thrown error's name says more than its test-specific message.
  return r.reason.replace(/^(\w+Error)(: .*| \{.*)?$/, '$1').replace(/^(expected \w+ at \w+, got \w+).*$/, '$1').slice(0, 120);
}

/** The `limit` largest causes among results with `outcome`, largest first (ties by text). */
export function largestCauses(results: readonly ScenarioResult[], outcome: 'FAIL' | 'UNSUPPORTED', limit = 10): Cause[] {
  const counts = new Map<string, number>();
  for (const r of results) if (r.outcome === outcome) counts.set(normalise(r), (counts.get(normalise(r)) ?? 0) + 1);
  return [...counts].map(([cause, count]) => ({ outcome, cause, count }))
    .sort((a, b) => b.count - a.count || (a.cause < b.cause ? -1 : 1)).slice(0, limit);
}
