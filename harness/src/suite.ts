/**
 * Suites: folders of programs the team did not write (`npm run parity -- --suite <dir>`). Node is the
 * only oracle: there are no goldens, transcripts or expectations, and every program runs where it
 * lives, so Node decides its module format from that folder's own package.json context (or its
 * absence), exactly as it would for the program's author. Reports go to `reports/suites/<name>/`.
 *
 * A suite program is a file at the top of the folder with a program extension (`.ts`, `.mts`, `.cts`,
 * `.js`, `.mjs`, `.cjs`; not `.d.ts`), or a subfolder whose entry is `main.<ext>` (a multi-file
 * program). Its id is `<name>/<file name without extension>`, `<name>` being the folder's base name.
 */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { compareText, filesUnder, folderEntry, programExtension, type Corpus, type Program } from './discover.ts';
import { DirectiveError, parseDirectives, type Directives } from './directives.ts';
import type { Layout } from './layout.ts';

/** The suite's name: the base name of its folder. */
export function suiteName(dir: string): string {
  return path.basename(path.resolve(dir));
}

/**
 * The layout of a suite run under the project `root`: the suite folder in place of corpus/, reports in
 * `reports/suites/<name>/`, and the project's build cache. Goldens and transcripts are never read.
 */
export function suiteLayout(root: string, dir: string): Layout {
  const r = path.resolve(root);
  const reports = path.join(r, 'reports', 'suites', suiteName(dir));
  return {
    root: r,
    corpus: path.resolve(dir),
    expectations: path.join(reports, 'expectations.json'),
    goldens: path.join(reports, 'goldens'),
    reference: path.join(reports, 'reference'),
    reports,
    cache: path.join(r, '.tsn-cache', 'parity'),
  };
}

/**
 * Walks the suite folder `dir` (see the module doc). Never throws for a bad entry: two programs with
 * one id become a problem message; a malformed `parity-` header is ignored. Errors: a missing folder rejects (ENOENT).
 */
export async function discoverSuite(dir: string): Promise<Corpus> {
  const root = path.resolve(dir);
  const name = suiteName(root);
  const programs: Program[] = [];
  const problems: string[] = [];
  const seen = new Set<string>();
  for (const entry of (await readdir(root, { withFileTypes: true })).sort((a, b) => compareText(a.name, b.name))) {
    if (entry.name.startsWith('.') || entry.name === 'node_modules') continue;
    const full = path.join(root, entry.name);
    let entryFile: string | undefined;
    let stem: string;
    if (entry.isDirectory()) {
      entryFile = await folderEntry(full);
      stem = entry.name;
    } else {
      const ext = programExtension(entry.name);
      entryFile = ext === undefined ? undefined : full;
      stem = ext === undefined ? entry.name : entry.name.slice(0, -ext.length);
    }
    if (entryFile === undefined) continue;
    const id = `${name}/${stem}`;
    if (seen.has(id)) {
      problems.push(`${full}: another program of the suite has the id ${id}; rename one`);
      continue;
    }
    seen.add(id);
    // A suite's programs were not written for this harness: a header that is not a valid directive
    // (another harness's) is ignored, and both sides run without it.
    let directives: Directives;
    try {
      directives = parseDirectives(await readFile(entryFile, 'utf8'), entryFile);
    } catch (error) {
      if (!(error instanceof DirectiveError)) throw error;
      directives = { args: [], env: {} };
    }
    programs.push({
      id,
      number: 0,
      block: name,
      kind: 'run',
      comptime: false,
      entry: entryFile,
      cwd: path.dirname(entryFile),
      sources: entry.isDirectory() ? await filesUnder(full) : [full],
      directives,
    });
  }
  programs.sort((a, b) => compareText(a.id, b.id));
  return { programs, problems };
}
