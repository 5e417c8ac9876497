/**
 * Where everything the harness reads and writes lives, derived from one root folder (the project root
 * by default; tests point it at a copy of a fixture corpus):
 * `corpus/` (programs and `expectations.json`), `goldens/`, `reference/`, `reports/`, and the build
 * cache `.tsn-cache/parity/`.
 */
import path from 'node:path';
import { fileURLToPath } from 'node:url';

/** Absolute paths of the harness's folders under one root. */
export interface Layout {
  readonly root: string;
  readonly corpus: string;
  readonly expectations: string;
  readonly goldens: string;
  readonly reference: string;
  readonly reports: string;
  readonly cache: string;
}

/** The project root: two folders above this file (`harness/src/`). */
export const PROJECT_ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

/** The layout under `root` (made absolute against the process cwd). */
export function layoutOf(root: string): Layout {
  const r = path.resolve(root);
  return {
    root: r,
    corpus: path.join(r, 'corpus'),
    expectations: path.join(r, 'corpus', 'expectations.json'),
    goldens: path.join(r, 'goldens'),
    reference: path.join(r, 'reference'),
    reports: path.join(r, 'reports'),
    cache: path.join(r, '.tsn-cache', 'parity'),
  };
}

/** `p` relative to the layout root, with `/` separators, for messages (e.g. `corpus/expectations.json`). */
export function displayPath(layout: Layout, p: string): string {
  return path.relative(layout.root, p).split(path.sep).join('/');
}
