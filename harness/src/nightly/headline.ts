/**
 * The headline figures of a nightly as text, shared by summary.md, index.html and the console:
 * pass rate per corpus block for each gate, the `Parity P/N` line per gate, fuzz expressions per
 * second, the geometric mean of the native/Node time ratios, and the change lines. Pure.
 */
import { compareText } from '../discover.ts';
import type { Gate } from '../outcomes.ts';
import type { BenchSummary, Comparison, FuzzSummary, GateSummary } from './model.ts';

/** `comptime=on`. */
export function gateName(gate: Gate): string {
  return `comptime=${gate}`;
}

/** `12/14 (85.7%)`; `0/0` for an empty block. */
export function passRate(passed: number, total: number): string {
  return total === 0 ? '0/0' : `${passed}/${total} (${((100 * passed) / total).toFixed(1)}%)`;
}

/** Rows `[block, rate under each gate...]` over every block of any gate, sorted; `-` where a gate lacks the block. */
export function blockMatrix(gates: readonly GateSummary[]): string[][] {
  const blocks = [...new Set(gates.flatMap((g) => g.blocks.map((b) => b.block)))].sort(compareText);
  return blocks.map((block) => [block, ...gates.map((g) => {
    const b = g.blocks.find((x) => x.block === block);
    return b === undefined ? '-' : passRate(b.passed, b.total);
  })]);
}

/** E.g. `1234 expressions/s (seed 20261121: 400 programs, 123400 expressions in 100.0 s, 2 failures; C compiler tcc (...))`. */
export function fuzzLine(fuzz: FuzzSummary): string {
  const n = fuzz.failures.length;
  return `${fuzz.expressionsPerSecond.toFixed(0)} expressions/s (seed ${fuzz.seed}: ${fuzz.programs} programs, `
    + `${fuzz.expressions} expressions in ${(fuzz.searchMs / 1000).toFixed(1)} s, ${n} failure${n === 1 ? '' : 's'}; C compiler ${fuzz.cc})`;
}

/** E.g. `geometric mean native/Node 0.85 over 6 timed benchmarks`. */
export function benchLine(bench: BenchSummary): string {
  const timed = bench.results.rows.filter((r) => r.ratio !== undefined).length;
  const mean = bench.results.geometricMean;
  return mean === null ? 'geometric mean native/Node n/a (nothing timed)'
    : `geometric mean native/Node ${mean.toFixed(2)} over ${timed} timed benchmark${timed === 1 ? '' : 's'}`;
}

/** Lists longer than this are folded (summary.md, index.html) or cut (console). */
export const SHORT_LIST = 20;

/** The change lines by kind: `REGRESSION <subject>: <text>`, `FIXED ...` (`IMPROVED ...` for a benchmark), `FLAKY ...`. */
export function changeLines(comparison: Comparison): { regressions: string[]; fixes: string[]; flaky: string[] } {
  return {
    regressions: comparison.regressions.map((c) => `REGRESSION ${c.subject}: ${c.text}`),
    fixes: comparison.fixes.map((c) => `${c.kind === 'benchmark' ? 'IMPROVED' : 'FIXED'} ${c.subject}: ${c.text}`),
    flaky: comparison.flaky.map((f) => `FLAKY ${f}`),
  };
}

/** The sentence introducing the change lines. */
export function comparisonHeading(comparison: Comparison): string {
  return comparison.previousDate === null ? 'No previous nightly: this run is the baseline.' : `Compared with the nightly of ${comparison.previousDate}.`;
}
