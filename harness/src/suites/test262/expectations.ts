/**
 * The checked-in expectations of the native engine, `expectations.json` beside this file: a JSON object
 * from scenario key (`built-ins/Array/length.js [strict]`) to `{ "outcome": ..., "reason": ... }`, one
 * entry per known non-PASS scenario, keys sorted. A scenario is expected when its outcome is PASS and it
 * has no entry, or when its outcome is the entry's; a listed scenario that passes is FIXED (the entry must
 * go, as lit's XPASS). `--update-expectations` rewrites the entries of the scenarios that ran, atomically.
 */
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { writeAtomic } from '../../../../compiler/src/driver/build.ts';
import { OUTCOMES, type Outcome } from './outcomes.ts';
import type { ScenarioResult } from './run.ts';

/** The expectations file. */
export const EXPECTATIONS_FILE = path.join(path.dirname(fileURLToPath(import.meta.url)), 'expectations.json');

/** One known non-PASS outcome. */
export interface Expectation {
  readonly outcome: Exclude<Outcome, 'PASS'>;
  readonly reason: string;
}

/** How a result compares with the expectations. */
export type Comparison = 'expected' | 'FIXED' | 'unexpected';

/** Reads the expectations (a missing file is empty). Throws on malformed JSON or entries, naming the key. */
export async function loadExpectations(file = EXPECTATIONS_FILE): Promise<Map<string, Expectation>> {
  let text: string;
  try {
    text = await readFile(file, 'utf8');
  } catch (e) {
    if ((e as NodeJS.ErrnoException).code === 'ENOENT') return new Map();
    throw e;
  }
  const data = JSON.parse(text) as Record<string, { outcome?: unknown; reason?: unknown }>;
  return new Map(Object.entries(data).map(([key, entry]) => {
    if (typeof entry.outcome !== 'string' || entry.outcome === 'PASS' || !(OUTCOMES as readonly string[]).includes(entry.outcome) || typeof entry.reason !== 'string') {
      throw new Error(`${file}: entry "${key}" needs a non-PASS "outcome" (${OUTCOMES.join(', ')}) and a "reason"`);
    }
    return [key, { outcome: entry.outcome as Expectation['outcome'], reason: entry.reason }];
  }));
}

/** How `result` compares with `expectations`. */
export function compare(result: ScenarioResult, expectations: ReadonlyMap<string, Expectation>): Comparison {
  const entry = expectations.get(result.key);
  if (entry === undefined) return result.outcome === 'PASS' ? 'expected' : 'unexpected';
  if (result.outcome === 'PASS') return 'FIXED';
  return entry.outcome === result.outcome ? 'expected' : 'unexpected';
}

/** Writes the expectations with the entries of `results` replaced by this run's non-PASS outcomes. */
export async function updateExpectations(expectations: ReadonlyMap<string, Expectation>, results: readonly ScenarioResult[], file = EXPECTATIONS_FILE): Promise<void> {
  const next = new Map(expectations);
  for (const r of results) {
    if (r.outcome === 'PASS') next.delete(r.key);
    else next.set(r.key, { outcome: r.outcome, reason: r.reason });
  }
  const keys = [...next.keys()].sort();
  const lines = keys.map((k) => `  ${JSON.stringify(k)}: ${JSON.stringify(next.get(k))}`);
  await writeAtomic(file, `{\n${lines.join(',\n')}\n}\n`);
}
