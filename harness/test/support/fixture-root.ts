/** Test helper: a private copy of a fixture project root (corpus/, goldens/, reference/) in a temp folder. */
import { cp, mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { Console } from '../../src/progress.ts';

/** Folder of the test fixtures. */
export const FIXTURES = path.join(path.dirname(fileURLToPath(import.meta.url)), '..', 'fixtures');

/** Copies `fixtures/<name>` to a fresh temp folder and returns its path. */
export async function copyFixture(name: string): Promise<string> {
  const dir = await mkdtemp(path.join(os.tmpdir(), `parity-${name}-`));
  await cp(path.join(FIXTURES, name), dir, { recursive: true });
  return dir;
}

/** Removes a temp folder made by copyFixture. */
export async function removeFixture(dir: string): Promise<void> {
  await rm(dir, { recursive: true, force: true });
}

/** A Console that records everything written (not a TTY). */
export function captureConsole(): Console & { text(): string } {
  const chunks: string[] = [];
  return { write: (t) => void chunks.push(t), isTTY: false, text: () => chunks.join('') };
}

/** Every file under `dir` (relative paths, sorted) with its bytes, for before/after comparisons. */
export async function snapshotTree(dir: string, skip: (rel: string) => boolean = () => false): Promise<Map<string, string>> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  const files = new Map<string, string>();
  for (const e of entries.filter((x) => x.isFile())) {
    const rel = path.relative(dir, path.join(e.parentPath, e.name));
    if (!skip(rel)) files.set(rel, (await readFile(path.join(dir, rel))).toString('base64'));
  }
  return new Map([...files].sort(([a], [b]) => (a < b ? -1 : 1)));
}
