/**
 * From a comptime gate's parity reports to the nightly's view of it: which unexpected outcomes are
 * FLAKY (their rerun ended differently), the gate report with those marked, and the gate summary
 * (totals, pass rate per corpus block, every program's status). Pure functions, no I/O.
 */
import { compareText } from '../discover.ts';
import type { Gate } from '../outcomes.ts';
import type { Report } from '../report/model.ts';
import { parityLine } from '../report/summary.ts';
import type { BlockRate, FlakyProgram, GateSummary } from './model.ts';

/**
 * The programs whose outcome was unexpected in `first` and different in `rerun` (a parity run of
 * some of them), in `first`'s order. A program missing from `rerun` is not flaky.
 */
export function findFlaky(first: Report, rerun: Report): FlakyProgram[] {
  const again = new Map(rerun.results.map((r) => [r.label, r.outcome]));
  return first.results.flatMap((r) => {
    const second = again.get(r.label);
    return !r.expected && second !== undefined && second !== r.outcome ? [{ label: r.label, first: r.outcome, rerun: second }] : [];
  });
}

/**
 * `report` with each flaky program's detail prefixed `FLAKY (rerun: <outcome>): `. Outcomes and
 * totals are unchanged: a flaky program keeps its first, unexpected outcome, so it never counts as a pass.
 */
export function markFlaky(report: Report, flaky: readonly FlakyProgram[]): Report {
  const rerunOf = new Map(flaky.map((f) => [f.label, f.rerun]));
  return {
    ...report,
    results: report.results.map((r) => {
      const rerun = rerunOf.get(r.label);
      return rerun === undefined ? r : { ...r, detail: `FLAKY (rerun: ${rerun}): ${r.detail}` };
    }),
  };
}

/** PASS count per block of `report`, sorted by block. */
export function blockRates(report: Report): BlockRate[] {
  const blocks = new Map<string, { passed: number; total: number }>();
  for (const r of report.results) {
    const b = blocks.get(r.block) ?? { passed: 0, total: 0 };
    blocks.set(r.block, { passed: b.passed + (r.outcome === 'PASS' ? 1 : 0), total: b.total + 1 });
  }
  return [...blocks].sort(([a], [b]) => compareText(a, b)).map(([block, n]) => ({ block, ...n }));
}

/** The gate summary of a first-run `report` and its `flaky` programs; `folder` names its reports. */
export function summarizeGate(gate: Gate, folder: string, report: Report, flaky: readonly FlakyProgram[], wallMs: number): GateSummary {
  const isFlaky = new Set(flaky.map((f) => f.label));
  return {
    gate,
    folder,
    parityLine: parityLine(report.totals),
    totals: report.totals,
    blocks: blockRates(report),
    programs: report.results
      .map((r) => ({ label: r.label, outcome: r.outcome, expected: r.expected && !isFlaky.has(r.label), flaky: isFlaky.has(r.label) }))
      .sort((a, b) => compareText(a.label, b.label)),
    flaky,
    wallMs,
  };
}
