/**
 * `-name` matching. A pattern is one of:
 * - a corpus path: `examples/0628-fold`, `corpus/examples/0628-fold.ts`, `corpus/examples/0628-fold/`,
 *   `.../main.ts` (the `corpus/` prefix, `.ts`, `/main.ts` and a trailing `/` are ignored);
 * - a numeric prefix: `examples/0628` matches `examples/0628-*`, `examples/06` matches 0600-0699;
 * - a glob (contains `*`, `?`, `[` or `{`), matched with Node's `path.matchesGlob`: `examples/06*`.
 * A pattern without `/` is matched against the program's name inside its group (`0628`, `0628-*`).
 * `-name` takes a comma-separated list; a program matches when any pattern does.
 */
import path from 'node:path';
import type { Program } from './discover.ts';

/** Splits a `-name` value (or several) into patterns, dropping empty ones. */
export function splitNamePatterns(values: readonly string[]): string[] {
  return values.flatMap((v) => v.split(',')).map((p) => p.trim()).filter((p) => p !== '');
}

function canonical(pattern: string): string {
  let p = pattern.replace(/\\/g, '/').replace(/^\.\//, '').replace(/^corpus\//, '').replace(/\/+$/, '');
  if (p.endsWith('/main.ts')) p = p.slice(0, -'/main.ts'.length);
  if (p.endsWith('.ts')) p = p.slice(0, -'.ts'.length);
  return p;
}

/** True when `pattern` (one pattern, see the module doc) selects the program `id`. */
export function matchesName(id: string, pattern: string): boolean {
  const p = canonical(pattern);
  const subject = p.includes('/') ? id : id.slice(id.indexOf('/') + 1);
  if (/[*?[{]/.test(p)) return path.matchesGlob(subject, p);
  if (subject === p) return true;
  const slash = p.lastIndexOf('/');
  const last = p.slice(slash + 1);
  return /^\d+$/.test(last) && subject.startsWith(p.slice(0, slash + 1)) && /^\d{4}-/.test(subject.slice(slash + 1))
    && subject.slice(slash + 1).startsWith(last);
}

/** The programs selected by `patterns`, in corpus order, and the patterns that matched nothing. */
export function selectPrograms(programs: readonly Program[], patterns: readonly string[]): {
  selected: Program[];
  unmatched: string[];
} {
  const selected = programs.filter((prog) => patterns.some((p) => matchesName(prog.id, p)));
  const unmatched = patterns.filter((p) => !programs.some((prog) => matchesName(prog.id, p)));
  return { selected, unmatched };
}
