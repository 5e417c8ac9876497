/**
 * The one atomic-write helper of the harness. Every file the harness persists (goldens, reference
 * transcripts, reports, build-cache entries) goes through here: the bytes are written to a temporary
 * sibling and renamed over the target, so a reader (or an interrupted run) only ever sees the old
 * file or the complete new one, never a half-written file.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { trackTempPath, untrackTempPath } from './cleanup.ts';

/** Suffix of every temporary file and directory the harness creates; see `isHarnessTemp`. */
export const TEMP_SUFFIX = '.tmp';

/**
 * Name of a fresh temporary sibling of `target`: `.<base>.<pid>.<random>.tmp` in the same folder
 * (same file system, so the final rename is atomic).
 */
export function tempSibling(target: string): string {
  const base = path.basename(target);
  return path.join(path.dirname(target), `.${base}.${process.pid}.${randomBytes(4).toString('hex')}${TEMP_SUFFIX}`);
}

/** True when `name` (a file name, no folder) is a temporary file left by `tempSibling`, e.g. after a SIGKILL. */
export function isHarnessTemp(name: string): boolean {
  return /^\..+\.\d+\.[0-9a-f]{8}\.tmp$/.test(name);
}

/** The pid in the name of a harness temporary (`isHarnessTemp`), or undefined for other names. */
export function tempOwner(name: string): number | undefined {
  const pid = /^\..+\.(\d+)\.[0-9a-f]{8}\.tmp$/.exec(name)?.[1];
  return pid === undefined ? undefined : Number(pid);
}

/**
 * Writes `data` to `file` atomically (temp sibling + rename), creating missing parent folders.
 * While the write is in flight the temp file is registered with the cleanup registry, so Ctrl-C
 * removes it. Errors: rethrows the file-system error after removing the temp file.
 */
export async function writeFileAtomic(file: string, data: string | Uint8Array): Promise<void> {
  await mkdir(path.dirname(file), { recursive: true });
  const tmp = tempSibling(file);
  trackTempPath(tmp);
  try {
    await writeFile(tmp, data);
    await rename(tmp, file);
  } catch (error) {
    await rm(tmp, { force: true });
    throw error;
  } finally {
    untrackTempPath(tmp);
  }
}
