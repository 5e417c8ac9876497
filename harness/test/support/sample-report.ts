/** Test helper: a Report with one result per interesting outcome, for the report renderers. */
import type { Outcome } from '../../src/outcomes.ts';
import type { ProgramResult, Report } from '../../src/report/model.ts';
import { totalsOf } from '../../src/report/summary.ts';

/** One result with the given label, block and outcome (expected when PASS or XFAIL). */
export function sampleResult(label: string, block: string, outcome: Outcome, over: Partial<ProgramResult> = {}): ProgramResult {
  const expected = outcome === 'PASS' || outcome === 'XFAIL';
  return {
    program: label,
    gate: 'on',
    label,
    block,
    kind: 'run',
    outcome,
    rawOutcome: outcome,
    expected,
    detail: expected ? 'fine' : `${outcome} <detail> & "quotes"`,
    mismatches: outcome === 'FAIL' ? [{
      aspect: 'stdout',
      expectedLabel: 'node',
      actualLabel: 'native',
      patch: '--- a\n+++ b\n@@ -1 +1 @@\n-1.5\n+1.50000001 <&>\n',
      expectedText: 'same\n1.5\n',
      actualText: 'same\n1.50000001 <&>\n',
    }] : [],
    durations: { buildMs: 10, compileMs: 5, ccMs: 4, nativeMs: 3, referenceMs: 40, totalMs: 60, overheadMs: 7 },
    cached: false,
    sizes: {},
    capped: [],
    ...over,
  };
}

/** A report over `results` (totals computed), started at `startedAt`. */
export function sampleReport(results: readonly ProgramResult[], startedAt = '2026-01-02T03:04:05.678Z'): Report {
  return {
    schema: 1,
    startedAt,
    finishedAt: startedAt,
    wallMs: 1234,
    command: [],
    options: { names: [], comptime: 'on', reference: true, jobs: 2, timeoutMs: 10000, capBytes: 1 << 24 },
    environment: { node: 'v24.21.0', recordedNode: 'v24.21.0', compilerRevision: 'abc', cc: 'cc 12', os: 'Linux', cpus: 2 },
    normalisations: [{ name: 'node-stack-frames', description: 'removes frames' }],
    totals: totalsOf(results),
    changes: { regressions: [], fixed: [], stillFailing: [] },
    problems: [],
    orphans: [],
    results,
  };
}
