/**
 * Run history: `reports/latest/` is the newest run, `reports/history/<time>-<pid>/` the previous ones
 * (at most HISTORY_LIMIT). Each new report is compared, program by program, with the most recent
 * earlier report that ran the same label: an unexpected outcome that was expected before (or never
 * seen) is a REGRESSION, an expected outcome that was unexpected before is FIXED, and an unexpected
 * outcome that was unexpected before is STILL-FAILING, with the time its streak began and its length.
 * Each changed result also records the outcome it had in that earlier run (`previousOutcome`).
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import type { Layout } from '../layout.ts';
import type { ProgramResult, Report } from './model.ts';

/** Previous runs kept under reports/history/. */
export const HISTORY_LIMIT = 20;

/** The folder of the latest report. */
export function latestDir(layout: Layout): string {
  return path.join(layout.reports, 'latest');
}

/** The folder of the history. */
export function historyDir(layout: Layout): string {
  return path.join(layout.reports, 'history');
}

async function readReport(dir: string): Promise<Report | undefined> {
  const text = await readFile(path.join(dir, 'report.json'), 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const report = JSON.parse(text) as Report;
    return report.schema === 1 && Array.isArray(report.results) ? report : undefined;
  } catch {
    return undefined; // an unreadable old report is no history
  }
}

/** The latest report, if any. */
export function readLatestReport(layout: Layout): Promise<Report | undefined> {
  return readReport(latestDir(layout));
}

/** Previous reports, newest first: the latest, then the history (folder names sort by time). */
export async function loadPreviousReports(layout: Layout): Promise<Report[]> {
  const names = (await readdir(historyDir(layout)).catch(() => [])).sort().reverse();
  const dirs = [latestDir(layout), ...names.map((n) => path.join(historyDir(layout), n))];
  const reports: Report[] = [];
  for (const dir of dirs) {
    const r = await readReport(dir);
    if (r !== undefined) reports.push(r);
  }
  return reports;
}

/**
 * Adds `change`, `previousOutcome`, `failingSince` and `failingRuns` to each result (see the module doc) and lists the
 * changes. `startedAt` is this run's start time. Pure.
 */
export function annotateChanges(results: readonly ProgramResult[], previous: readonly Report[], startedAt: string): {
  results: ProgramResult[];
  changes: Report['changes'];
} {
  const regressions: string[] = [];
  const fixed: string[] = [];
  const stillFailing: { label: string; since: string; runs: number }[] = [];
  const annotated = results.map((r) => {
    let prev: ProgramResult | undefined;
    let prevStarted = '';
    for (const report of previous) {
      prev = report.results.find((p) => p.label === r.label);
      if (prev !== undefined) {
        prevStarted = report.startedAt;
        break;
      }
    }
    if (!r.expected) {
      if (prev !== undefined && !prev.expected) {
        const since = prev.failingSince ?? prevStarted;
        const runs = (prev.failingRuns ?? 1) + 1;
        stillFailing.push({ label: r.label, since, runs });
        return { ...r, change: 'STILL-FAILING' as const, previousOutcome: prev.outcome, failingSince: since, failingRuns: runs };
      }
      regressions.push(r.label);
      return { ...r, change: 'REGRESSION' as const, ...(prev === undefined ? {} : { previousOutcome: prev.outcome }), failingSince: startedAt, failingRuns: 1 };
    }
    if (prev !== undefined && !prev.expected) {
      fixed.push(r.label);
      return { ...r, change: 'FIXED' as const, previousOutcome: prev.outcome };
    }
    return r;
  });
  return { results: annotated, changes: { regressions, fixed, stillFailing } };
}
