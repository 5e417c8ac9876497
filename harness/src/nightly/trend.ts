/**
 * What changed since the previous nightly: regressions, fixes and FLAKY programs.
 *
 * Programs (per gate, by label): a REGRESSION is a program whose outcome was expected (PASS or XFAIL,
 * not flaky) in the previous nightly and is unexpected now; a FIX is the reverse. A program that is
 * FLAKY now (its unexpected outcome changed when rerun) is listed as flaky, never as a regression or
 * a fix, and never counts as a pass. Programs new since the previous nightly are not compared.
 *
 * Benchmarks (by label) — the noise threshold: a benchmark REGRESSED when both
 *   - its native/Node time ratio grew by more than NOISE_THRESHOLD.relative (10%), and
 *   - its native median wall time grew by more than NOISE_THRESHOLD.absoluteMs (20 ms);
 * it IMPROVED (listed with the fixes) under the mirror conditions (ratio below previous / 1.10 and
 * native median at least 20 ms faster). The ratio, not the raw time, carries the relative test
 * because nightly machines differ from night to night and the ratio cancels the machine's speed to
 * first order (Node runs on the same machine in the same minutes); the absolute floor keeps
 * millisecond-scale benchmarks, where process start-up jitter of a few ms is already 10%, from
 * flapping. The threshold assumes the nightly has its machine to itself, as on a CI runner: two
 * back-to-back `npm run bench -- --runs 3` on a 2-core machine overloaded by other work (load 9-12)
 * differed by 13% to 119% in native time but only 3% to 25% in ratio, so on a loaded machine expect
 * false alarms. A benchmark that stopped being timed (compile error, mismatch, run error) is a
 * regression; one timed again is a fix.
 *
 * Fuzzing: each nightly fuzzes other programs (the seed is the date), so a bucket missing tonight is
 * no evidence of a fix; a failure bucket not reported by the previous nightly is a regression (a new
 * kind of comptime disagreement, or one newly reached).
 *
 * With no previous nightly (the first run, or an empty cache on CI) this run is the baseline: nothing
 * is a regression or a fix; flaky programs are still listed.
 */
import type { BenchRow } from '../../../bench/model.ts';
import type { ChangeLine, Comparison, GateSummary, NightlyRecord } from './model.ts';

/** The benchmark noise threshold; see the module doc. */
export const NOISE_THRESHOLD = { relative: 0.10, absoluteMs: 20 } as const;

/** The parts of a nightly that are compared. */
export type Comparable = Pick<NightlyRecord, 'gates' | 'bench' | 'fuzz'>;

function programChanges(current: GateSummary, previous: GateSummary | undefined, regressions: ChangeLine[], fixes: ChangeLine[]): void {
  if (previous === undefined) return;
  const before = new Map(previous.programs.map((p) => [p.label, p]));
  for (const now of current.programs) {
    const then = before.get(now.label);
    if (then === undefined || now.flaky) continue;
    const subject = `${now.label} [comptime=${current.gate}]`;
    const text = `${then.outcome}${then.flaky ? ' (flaky)' : ''} -> ${now.outcome}`;
    if (then.expected && !now.expected) regressions.push({ kind: 'program', subject, text });
    if (!then.expected && now.expected) fixes.push({ kind: 'program', subject, text });
  }
}

function ms(value: number): string {
  return `${Math.round(value)} ms`;
}

/** How a timed row changed, or undefined when the change is within the noise threshold. */
export function benchmarkChange(now: BenchRow, then: BenchRow): { kind: 'regression' | 'fix'; text: string } | undefined {
  if (now.status !== 'ok' || then.status !== 'ok') {
    if (now.status === then.status) return undefined;
    return { kind: now.status === 'ok' ? 'fix' : 'regression', text: `${then.status} -> ${now.status}` };
  }
  if (now.ratio === undefined || then.ratio === undefined || now.native === undefined || then.native === undefined) return undefined;
  const grew = now.native.medianMs - then.native.medianMs;
  const text = `native ${ms(then.native.medianMs)} -> ${ms(now.native.medianMs)}, native/node ${then.ratio.toFixed(2)} -> ${now.ratio.toFixed(2)} `
    + `(${now.ratio >= then.ratio ? '+' : ''}${((100 * (now.ratio - then.ratio)) / then.ratio).toFixed(0)}%)`;
  const factor = 1 + NOISE_THRESHOLD.relative;
  if (now.ratio > then.ratio * factor && grew > NOISE_THRESHOLD.absoluteMs) return { kind: 'regression', text };
  if (now.ratio < then.ratio / factor && -grew > NOISE_THRESHOLD.absoluteMs) return { kind: 'fix', text };
  return undefined;
}

/** Compares `current` with `previous` (see the module doc). Pure; lines in gate, label and row order. */
export function compareNightlies(current: Comparable, previous: (Comparable & { readonly date: string }) | undefined): Comparison {
  const regressions: ChangeLine[] = [];
  const fixes: ChangeLine[] = [];
  const flaky = current.gates.flatMap((g) => g.flaky.map((f) => `${f.label} [comptime=${g.gate}]: ${f.first} then ${f.rerun} on rerun`));
  if (previous === undefined) return { previousDate: null, regressions, fixes, flaky };
  for (const gate of current.gates) programChanges(gate, previous.gates.find((g) => g.gate === gate.gate), regressions, fixes);
  const rowsBefore = new Map((previous.bench?.results.rows ?? []).map((r) => [r.label, r]));
  for (const row of current.bench?.results.rows ?? []) {
    const then = rowsBefore.get(row.label);
    const change = then === undefined ? undefined : benchmarkChange(row, then);
    if (change !== undefined) (change.kind === 'regression' ? regressions : fixes).push({ kind: 'benchmark', subject: row.label, text: change.text });
  }
  if (current.fuzz !== null && previous.fuzz !== null) {
    const known = new Set(previous.fuzz.failures.flatMap((f) => f.buckets));
    for (const f of current.fuzz.failures) {
      for (const b of f.buckets.filter((x) => !known.has(x))) regressions.push({ kind: 'fuzz', subject: `fuzz bucket ${JSON.stringify(b)}`, text: `new failure; replay: ${f.replay}` });
    }
  }
  return { previousDate: previous.date, regressions, fixes, flaky };
}
