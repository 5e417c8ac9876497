/**
 * Outcome tallies of groups of results (each corpus block, and the whole run) and the pass-rate text
 * shared by index.html and summary.md.
 */
import { compareText } from '../discover.ts';
import type { ProgramResult } from './model.ts';

/** Counts of one group of results; `passed + xfail + unexpected === total`. */
export interface Tally {
  /** The block (e.g. `examples/0600-0699`), or `all` for the whole run. */
  readonly name: string;
  readonly total: number;
  /** PASS outcomes. */
  readonly passed: number;
  /** XFAIL outcomes (expected failures listed in corpus/expectations.json). */
  readonly xfail: number;
  /** Every outcome other than PASS and XFAIL. */
  readonly unexpected: number;
}

/** The tally of `results` under the name `name`. */
export function tallyOf(name: string, results: readonly ProgramResult[]): Tally {
  const passed = results.filter((r) => r.outcome === 'PASS').length;
  const xfail = results.filter((r) => r.outcome === 'XFAIL').length;
  return { name, total: results.length, passed, xfail, unexpected: results.length - passed - xfail };
}

/** One tally per corpus block of `results`, sorted by block name (code-unit order). */
export function tallyBlocks(results: readonly ProgramResult[]): Tally[] {
  const blocks = new Map<string, ProgramResult[]>();
  for (const r of results) blocks.set(r.block, [...(blocks.get(r.block) ?? []), r]);
  return [...blocks.keys()].sort(compareText).map((b) => tallyOf(b, blocks.get(b) ?? []));
}

/**
 * `passed` out of `total` as a percentage with one decimal, e.g. `99.6%`. Rounded down unless every
 * program passed, so an incomplete run never shows `100.0%`; `n/a` when `total` is 0.
 */
export function passRate(passed: number, total: number): string {
  if (total === 0) return 'n/a';
  if (passed === total) return '100.0%';
  return `${(Math.floor((1000 * passed) / total) / 10).toFixed(1)}%`;
}
