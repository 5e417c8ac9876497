/**
 * Corpus discovery. A corpus program is, under `corpus/<group>/` (e.g. `corpus/examples/`), either a
 * file `NNNN-name.ts` (or `.mts`, `.cts`, `.js`, `.mjs`, `.cjs`) or a folder `NNNN-name/` whose entry
 * is `main.ts` (or `main.<ext>`; a multi-file program; every file in the folder is one of its sources,
 * including a package.json of its own, which decides how Node runs it: without "type", CommonJS
 * unless it has ES module syntax). Its id is `<group>/NNNN-name`. The number picks its
 * block: 0600-0699 are comptime programs (with a fold report), 1100-1199 are diagnostics programs
 * (no Node side: their golden is `tsn build`'s own output). Each program runs with its cwd set to the
 * folder that holds its entry (`corpus/examples/` for a single file, its own folder otherwise).
 */
import { readdir, readFile, stat } from 'node:fs/promises';
import path from 'node:path';
import { DirectiveError, parseDirectives, type Directives } from './directives.ts';
import { displayPath, type Layout } from './layout.ts';

/** One corpus program. Paths are absolute. */
export interface Program {
  /** `<group>/NNNN-name`, e.g. `examples/0628-fold-strings`. */
  readonly id: string;
  /** The NNNN number. */
  readonly number: number;
  /** The id's block, e.g. `examples/0600-0699`. */
  readonly block: string;
  /** `diagnostics` for block 1100-1199 (compile only), `run` otherwise. */
  readonly kind: 'run' | 'diagnostics';
  /** True for block 0600-0699, whose fold report is part of the golden. */
  readonly comptime: boolean;
  /** Entry module: the `.ts` file or the folder's `main.ts`. */
  readonly entry: string;
  /** Working directory for both sides: the folder holding the entry. */
  readonly cwd: string;
  /** Every source file of the program (sorted): the file itself, or every file under the folder. */
  readonly sources: readonly string[];
  readonly directives: Directives;
}

/** File extensions of programs Node runs (TypeScript through type stripping, and plain JavaScript). */
export const PROGRAM_EXTENSIONS = ['.ts', '.mts', '.cts', '.js', '.mjs', '.cjs'] as const;

/** The program extension of `file`, or undefined (declaration files `.d.ts` are not programs). */
export function programExtension(file: string): string | undefined {
  if (/\.d\.[cm]?ts$/.test(file)) return undefined;
  return PROGRAM_EXTENSIONS.find((ext) => file.endsWith(ext));
}

/** The entry of a multi-file program folder: its `main.<ext>` (first of PROGRAM_EXTENSIONS that exists), or undefined. */
export async function folderEntry(dir: string): Promise<string | undefined> {
  for (const ext of PROGRAM_EXTENSIONS) {
    const entry = path.join(dir, `main${ext}`);
    if ((await stat(entry).catch(() => null))?.isFile()) return entry;
  }
  return undefined;
}

/** The result of walking the corpus: programs sorted by id, and problems (messages naming a file). */
export interface Corpus {
  readonly programs: readonly Program[];
  readonly problems: readonly string[];
}

const NAME = /^(\d{4})-[A-Za-z0-9][A-Za-z0-9._-]*$/;

/** Code-unit order (locale-independent, so output is the same on every machine). */
export function compareText(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}

function blockOf(group: string, n: number): string {
  const low = Math.floor(n / 100) * 100;
  return `${group}/${String(low).padStart(4, '0')}-${String(low + 99).padStart(4, '0')}`;
}

/** Every file under `dir` (recursively), absolute, sorted. */
export async function filesUnder(dir: string): Promise<string[]> {
  const entries = await readdir(dir, { recursive: true, withFileTypes: true });
  return entries.filter((e) => e.isFile()).map((e) => path.join(e.parentPath, e.name)).sort();
}

/**
 * Walks `layout.corpus`. Never throws for a bad corpus entry: a misnamed `.ts` file or folder, a
 * folder without `main.ts`, a duplicate id or a malformed header directive becomes a problem message
 * (naming the file) and the entry is left out. A missing corpus folder is an empty corpus.
 */
export async function discoverCorpus(layout: Layout): Promise<Corpus> {
  const programs: Program[] = [];
  const problems: string[] = [];
  const groups = await readdir(layout.corpus, { withFileTypes: true }).catch(() => []);
  for (const group of groups.filter((g) => g.isDirectory()).map((g) => g.name).sort()) {
    const groupDir = path.join(layout.corpus, group);
    const seen = new Set<string>();
    for (const entry of (await readdir(groupDir, { withFileTypes: true })).sort((a, b) => compareText(a.name, b.name))) {
      const full = path.join(groupDir, entry.name);
      const shown = displayPath(layout, full);
      const isDir = entry.isDirectory();
      const ext = isDir ? undefined : programExtension(entry.name);
      if (!isDir && ext === undefined) continue;
      const stem = ext === undefined ? entry.name : entry.name.slice(0, -ext.length);
      const match = NAME.exec(stem);
      if (match === null) {
        problems.push(`${shown}: not a corpus program name; rename it NNNN-name${isDir ? '/ (with main.ts)' : '.ts'}`);
        continue;
      }
      const id = `${group}/${stem}`;
      if (seen.has(id)) {
        problems.push(`${shown}: ${id} exists both as a file and as a folder; keep one`);
        continue;
      }
      seen.add(id);
      const entryFile = isDir ? await folderEntry(full) : full;
      if (entryFile === undefined) {
        problems.push(`${shown}/: a multi-file program needs an entry ${shown}/main.ts`);
        continue;
      }
      let directives: Directives;
      try {
        directives = parseDirectives(await readFile(entryFile, 'utf8'), displayPath(layout, entryFile));
      } catch (error) {
        if (!(error instanceof DirectiveError)) throw error;
        problems.push(error.message);
        continue;
      }
      const n = Number(match[1]);
      programs.push({
        id,
        number: n,
        block: blockOf(group, n),
        kind: n >= 1100 && n <= 1199 ? 'diagnostics' : 'run',
        comptime: n >= 600 && n <= 699,
        entry: entryFile,
        cwd: path.dirname(entryFile),
        sources: isDir ? await filesUnder(full) : [full],
        directives,
      });
    }
  }
  programs.sort((a, b) => compareText(a.id, b.id));
  return { programs, problems };
}
