/**
 * Orphans: files under `goldens/` and `reference/` that belong to no corpus program (the program was
 * renamed or deleted), golden files with an unknown extension, transcripts of diagnostics programs
 * (they have no Node side), and temporary files left by a killed run. Always reported; `--prune`
 * removes them.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { isHarnessTemp } from './atomic.ts';
import type { Program } from './discover.ts';
import { GOLDEN_EXTENSIONS } from './goldens.ts';
import { displayPath, type Layout } from './layout.ts';

/** One orphan file: project-relative path and why it is an orphan. */
export interface Orphan {
  readonly file: string;
  readonly reason: string;
}

async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true }).catch(() => []);
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

function idOf(base: string, file: string, ext: string): string {
  return path.relative(base, file).split(path.sep).join('/').slice(0, -ext.length);
}

/** Finds the orphans of the whole corpus `programs` (not just the selected ones), sorted by path. */
export async function findOrphans(layout: Layout, programs: readonly Program[]): Promise<Orphan[]> {
  const kinds = new Map(programs.map((p) => [p.id, p.kind]));
  const orphans: Orphan[] = [];
  for (const file of await filesUnder(layout.goldens)) {
    const name = path.basename(file);
    if (isHarnessTemp(name)) {
      orphans.push({ file: displayPath(layout, file), reason: 'temporary file left by an interrupted run' });
      continue;
    }
    if (name.startsWith('.')) continue;
    const ext = GOLDEN_EXTENSIONS.find((e) => name.endsWith(e));
    if (ext === undefined) {
      orphans.push({ file: displayPath(layout, file), reason: `not a golden file (extensions: ${GOLDEN_EXTENSIONS.join(' ')})` });
    } else if (!kinds.has(idOf(layout.goldens, file, ext))) {
      orphans.push({ file: displayPath(layout, file), reason: `no corpus program ${idOf(layout.goldens, file, ext)}` });
    }
  }
  for (const file of await filesUnder(layout.reference)) {
    const name = path.basename(file);
    if (isHarnessTemp(name)) {
      orphans.push({ file: displayPath(layout, file), reason: 'temporary file left by an interrupted run' });
      continue;
    }
    if (name.startsWith('.') || file === path.join(layout.reference, 'node-version.txt')) continue;
    const id = name.endsWith('.json') ? idOf(layout.reference, file, '.json') : undefined;
    const kind = id === undefined ? undefined : kinds.get(id);
    if (id === undefined) orphans.push({ file: displayPath(layout, file), reason: 'not a transcript (.json)' });
    else if (kind === undefined) orphans.push({ file: displayPath(layout, file), reason: `no corpus program ${id}` });
    else if (kind === 'diagnostics') orphans.push({ file: displayPath(layout, file), reason: `${id} is a diagnostics program (no Node side)` });
  }
  return orphans.sort((a, b) => (a.file < b.file ? -1 : a.file > b.file ? 1 : 0));
}

/** Removes the orphan files (paths relative to the layout root). */
export async function pruneOrphans(layout: Layout, orphans: readonly Orphan[]): Promise<void> {
  for (const o of orphans) await rm(path.join(layout.root, ...o.file.split('/')), { force: true });
}
