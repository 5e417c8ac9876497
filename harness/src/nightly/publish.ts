/**
 * The nightly folders, `<reports>/nightly/<date>/`: finding the previous nightly, staging a new one in
 * a private temporary sibling (`.<date>.<pid>.<random>.tmp`) and publishing it with a rename, so a
 * reader never sees a half-written nightly and an interrupted one leaves nothing behind. A rerun on
 * the same date replaces that date's folder. Only the newest NIGHTLY_KEEP folders are kept.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, readdir, readFile, rename, rm } from 'node:fs/promises';
import path from 'node:path';
import { TEMP_SUFFIX } from '../atomic.ts';
import { trackTempPath, untrackTempPath } from '../cleanup.ts';
import { compareText } from '../discover.ts';
import type { Report } from '../report/model.ts';
import type { NightlyRecord } from './model.ts';

/** Nightly folders kept (the trend file keeps the headline figures for longer). */
export const NIGHTLY_KEEP = 30;

/** `<reports>/nightly`. */
export function nightlyRoot(reports: string): string {
  return path.join(reports, 'nightly');
}

const DATE_FOLDER = /^\d{4}-\d{2}-\d{2}$/;

async function readJson<T>(file: string, valid: (value: T) => boolean): Promise<T | undefined> {
  const text = await readFile(file, 'utf8').catch(() => undefined);
  if (text === undefined) return undefined;
  try {
    const value = JSON.parse(text) as T;
    return valid(value) ? value : undefined;
  } catch {
    return undefined; // an unreadable old file is no history
  }
}

/** The newest nightly strictly before `date` whose nightly.json is readable, with its folder. */
export async function readPreviousNightly(reports: string, date: string): Promise<{ record: NightlyRecord; dir: string } | undefined> {
  const root = nightlyRoot(reports);
  const names = (await readdir(root).catch(() => [] as string[])).filter((n) => DATE_FOLDER.test(n) && n < date).sort(compareText).reverse();
  for (const name of names) {
    const dir = path.join(root, name);
    const record = await readJson<NightlyRecord>(path.join(dir, 'nightly.json'), (r) => r.schema === 1 && Array.isArray(r.gates));
    if (record !== undefined) return { record, dir };
  }
  return undefined;
}

/** A gate's parity report in a nightly folder (`<dir>/<folder>/report.json`), if readable. */
export function readGateReport(dir: string, folder: string): Promise<Report | undefined> {
  return readJson<Report>(path.join(dir, folder, 'report.json'), (r) => r.schema === 1 && Array.isArray(r.results));
}

/** Creates the staging folder of the nightly of `date` (registered for removal on interrupt) and returns it. */
export async function createStaging(reports: string, date: string): Promise<string> {
  const staging = path.join(nightlyRoot(reports), `.${date}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
  trackTempPath(staging);
  await mkdir(staging, { recursive: true });
  return staging;
}

/** Removes a staging folder that will not be published. */
export async function discardStaging(staging: string): Promise<void> {
  await rm(staging, { recursive: true, force: true });
  untrackTempPath(staging);
}

/**
 * Publishes `staging` as `<reports>/nightly/<date>/` (replacing an earlier folder of that date), then
 * removes the date folders beyond the newest NIGHTLY_KEEP. Returns the published folder.
 */
export async function publishNightly(reports: string, staging: string, date: string): Promise<string> {
  const root = nightlyRoot(reports);
  const final = path.join(root, date);
  const old = `${staging}.old`;
  trackTempPath(old);
  try {
    await rename(final, old).catch((error: NodeJS.ErrnoException) => {
      if (error.code !== 'ENOENT') throw error;
    });
    await rename(staging, final);
    untrackTempPath(staging);
    await rm(old, { recursive: true, force: true });
  } finally {
    untrackTempPath(old);
  }
  const dates = (await readdir(root)).filter((n) => DATE_FOLDER.test(n)).sort(compareText);
  for (const name of dates.slice(0, Math.max(0, dates.length - NIGHTLY_KEEP))) await rm(path.join(root, name), { recursive: true, force: true });
  return final;
}
