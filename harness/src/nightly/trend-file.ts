/**
 * `reports/trend.json`: the headline figures of the newest TREND_LIMIT nightlies, oldest first, one
 * point per date (a nightly rerun on the same date replaces that date's point). Written atomically.
 */
import { readFile } from 'node:fs/promises';
import { writeFileAtomic } from '../atomic.ts';
import { compareText } from '../discover.ts';
import type { NightlyRecord, TrendFile, TrendPoint } from './model.ts';

/** Points kept: about four months of nightlies. */
export const TREND_LIMIT = 120;

/** The trend point of a nightly. */
export function trendPoint(record: NightlyRecord): TrendPoint {
  return {
    date: record.date,
    startedAt: record.startedAt,
    gates: record.gates.map((g) => ({ gate: g.gate, passed: g.totals.passed, total: g.totals.total, unexpected: g.totals.unexpected, flaky: g.flaky.length })),
    fuzz: record.fuzz === null ? null : {
      expressionsPerSecond: record.fuzz.expressionsPerSecond,
      expressions: record.fuzz.expressions,
      failures: record.fuzz.failures.length,
    },
    bench: record.bench === null ? null : { geometricMean: record.bench.results.geometricMean },
    wallMinutes: record.wallMs / 60_000,
  };
}

/** `trend` (undefined: none yet) with `point` added, replacing a point of the same date, bounded to `limit`. Pure. */
export function addTrendPoint(trend: TrendFile | undefined, point: TrendPoint, limit: number = TREND_LIMIT): TrendFile {
  const points = [...(trend?.points ?? []).filter((p) => p.date !== point.date), point].sort((a, b) => compareText(a.date, b.date));
  return { schema: 1, points: points.slice(Math.max(0, points.length - limit)) };
}

/** The trend file at `file`; undefined when it is missing or not a schema-1 trend (it is then started afresh). */
export async function readTrend(file: string): Promise<TrendFile | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const trend = JSON.parse(text) as TrendFile;
    return trend.schema === 1 && Array.isArray(trend.points) ? trend : undefined;
  } catch {
    return undefined;
  }
}

/** Writes `trend` to `file` atomically (2-space JSON, final newline). */
export async function writeTrend(file: string, trend: TrendFile): Promise<void> {
  await writeFileAtomic(file, `${JSON.stringify(trend, null, 2)}\n`);
}
