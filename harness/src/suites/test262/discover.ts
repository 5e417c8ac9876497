/**
 * Test discovery: every `.js` file under the suite's `test/` folder except `_FIXTURE` files (modules that
 * tests import, INTERPRETING.md "Modules"), as paths relative to `test/` (`built-ins/Array/length.js`), sorted.
 * Selection patterns are relative to `test/` (a leading `test/` is ignored): a path selects itself and
 * everything beneath it; a pattern with `*`, `?`, `[` or `{` is a glob matched with `path.matchesGlob`.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';

/** Every test file under `testDir`, relative to it with `/` separators, sorted (code-unit order). */
export async function discoverTests(testDir: string): Promise<string[]> {
  const entries = await readdir(testDir, { recursive: true, withFileTypes: true });
  return entries
    .filter((e) => e.isFile() && e.name.endsWith('.js') && !e.name.includes('_FIXTURE'))
    .map((e) => path.relative(testDir, path.join(e.parentPath, e.name)).split(path.sep).join('/'))
    .sort();
}

function canonical(pattern: string): string {
  return pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^test\//, '').replace(/\/+$/, '');
}

/** True when `pattern` selects the test `id` (a path relative to test/). */
export function matchesTest(id: string, pattern: string): boolean {
  const p = canonical(pattern);
  if (/[*?[{]/.test(p)) return path.matchesGlob(id, p);
  return p === '' || id === p || id.startsWith(`${p}/`);
}

/** The tests selected by `patterns` (all of them when empty), and the patterns that matched nothing. */
export function selectTests(ids: readonly string[], patterns: readonly string[]): { selected: string[]; unmatched: string[] } {
  if (patterns.length === 0) return { selected: [...ids], unmatched: [] };
  const selected = ids.filter((id) => patterns.some((p) => matchesTest(id, p)));
  const unmatched = patterns.filter((p) => !ids.some((id) => matchesTest(id, p)));
  return { selected, unmatched };
}
