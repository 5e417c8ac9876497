/**
 * Publishes a run's reports: everything is written into a private staging folder
 * (`reports/.latest.<pid>.<random>.tmp/`), then the previous `reports/latest/` moves to
 * `reports/history/<time>-<pid>/` and the staging folder is renamed to `reports/latest/`, so an
 * interrupted run never leaves a half-written report. History beyond HISTORY_LIMIT runs is removed.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { trackTempPath, untrackTempPath } from '../cleanup.ts';
import type { Layout } from '../layout.ts';
import { HISTORY_LIMIT, historyDir, latestDir } from './history.ts';
import { renderHtml } from './html.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import type { Report } from './model.ts';
import { trendPointOf } from './trend.ts';

/** Files to keep for reproducing one result (`--keep`): copied to `kept/<folder>/`. */
export interface KeptArtefacts {
  readonly folder: string;
  readonly files: readonly { readonly from: string; readonly name: string }[];
  /** Text of `repro.txt`: how to rerun both sides by hand. */
  readonly repro: string;
}

/** The report's JSON text (2-space indent, final newline). */
export function renderJson(report: Report): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}

/**
 * Writes report.json, junit.xml, summary.md, index.html and the kept artefacts, then publishes them
 * as reports/latest/ (see the module doc). `previous` are the earlier reports, newest first (the
 * trend of index.html). Returns the path of reports/latest/.
 */
export async function publishReports(layout: Layout, report: Report, previous: readonly Report[], kept: readonly KeptArtefacts[]): Promise<string> {
  const staging = path.join(layout.reports, `.latest.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  trackTempPath(staging);
  try {
    await mkdir(staging, { recursive: true });
    await writeFile(path.join(staging, 'report.json'), renderJson(report));
    await writeFile(path.join(staging, 'junit.xml'), renderJunit(report));
    await writeFile(path.join(staging, 'summary.md'), renderMarkdown(report));
    await writeFile(path.join(staging, 'index.html'), renderHtml(report, previous.slice(0, HISTORY_LIMIT).map(trendPointOf)));
    for (const k of kept) {
      const dir = path.join(staging, 'kept', k.folder);
      await mkdir(dir, { recursive: true });
      for (const f of k.files) await cp(f.from, path.join(dir, f.name));
      await writeFile(path.join(dir, 'repro.txt'), k.repro);
    }
    const latest = latestDir(layout);
    const history = historyDir(layout);
    await mkdir(history, { recursive: true });
    const stamp = (previous[0]?.startedAt ?? new Date().toISOString()).replace(/[:.]/g, '-');
    await rename(latest, path.join(history, `${stamp}-${process.pid}`)).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, latest);
    const old = (await readdir(history)).sort().reverse().slice(HISTORY_LIMIT);
    for (const name of old) await rm(path.join(history, name), { recursive: true, force: true });
    return latest;
  } finally {
    untrackTempPath(staging);
    await rm(staging, { recursive: true, force: true });
  }
}
