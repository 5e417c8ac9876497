/**
 * Publishes a run's reports: everything is written into a private staging folder
 * (`reports/.latest.<pid>.<random>.tmp/`), then the previous `reports/latest/` moves to
 * `reports/history/<time>-<pid>/` and the staging folder is renamed to `reports/latest/`, so an
 * interrupted run never leaves a half-written report. Concurrent runs are safe: when another run
 * publishes between the two renames, its report moves to history as well and the rename is retried,
 * so every run's report ends in latest/ or history/. Staging folders of killed runs are swept on start. History beyond HISTORY_LIMIT runs is removed.
 */
import { randomBytes } from 'node:crypto';
import { cp, mkdir, readdir, readFile, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { tempOwner } from '../atomic.ts';
import { isProcessAlive, trackTempPath, untrackTempPath } from '../cleanup.ts';
import { displayPath, type Layout } from '../layout.ts';
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

/** Tries to publish under contention before giving up. */
const PUBLISH_ATTEMPTS = 100;

/**
 * Moves the report folder at `latest` (if any) into `history`, named after its own start time and the
 * pid of the run that moves it (plus a random part when that name is taken). A concurrent run that
 * moved it first is no error.
 */
async function retire(latest: string, history: string): Promise<void> {
  const started = await readFile(path.join(latest, 'report.json'), 'utf8').then((t) => (JSON.parse(t) as Report).startedAt, () => undefined);
  const stamp = (started ?? new Date().toISOString()).replace(/[:.]/g, '-');
  for (const name of [`${stamp}-${process.pid}`, `${stamp}-${process.pid}-${randomBytes(4).toString('hex')}`]) {
    try {
      await rename(latest, path.join(history, name));
      return;
    } catch (error) {
      const code = (error as NodeJS.ErrnoException).code;
      if (code === 'ENOENT') return;
      if (code !== 'ENOTEMPTY' && code !== 'EEXIST') throw error;
    }
  }
}

/**
 * Removes staging folders (`reports/.latest.<pid>.<random>.tmp/`) left by runs that were killed
 * (their pid is gone); returns their root-relative paths. Staging folders of live runs stay.
 */
export async function sweepStaleStaging(layout: Layout): Promise<string[]> {
  const removed: string[] = [];
  for (const name of (await readdir(layout.reports).catch(() => [])).sort()) {
    const pid = tempOwner(name);
    if (pid === undefined || pid === process.pid || isProcessAlive(pid)) continue;
    await rm(path.join(layout.reports, name), { recursive: true, force: true });
    removed.push(displayPath(layout, path.join(layout.reports, name)));
  }
  return removed;
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
    // Another run may publish between our two renames (ENOTEMPTY): its report moves to history too.
    for (let attempt = 1; ; attempt++) {
      await retire(latest, history);
      try {
        await rename(staging, latest);
        break;
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if ((code !== 'ENOTEMPTY' && code !== 'EEXIST') || attempt >= PUBLISH_ATTEMPTS) throw error;
      }
    }
    const old = (await readdir(history)).sort().reverse().slice(HISTORY_LIMIT);
    for (const name of old) await rm(path.join(history, name), { recursive: true, force: true });
    return latest;
  } finally {
    untrackTempPath(staging);
    await rm(staging, { recursive: true, force: true });
  }
}
