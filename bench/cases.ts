/**
 * The benchmark cases: every program `bench/programs/<name>.ts`, in name order, built with
 * `--comptime=on`; a program whose name starts with `comptime-` is built under both gates (on, then
 * off) so its two rows show what comptime evaluation gains.
 */
import { readdir } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import type { BenchCase, Gate } from './model.ts';

/** The folder of the benchmark programs. */
export const PROGRAMS_DIR = path.join(path.dirname(fileURLToPath(import.meta.url)), 'programs');

/** Prefix of the programs built under both comptime gates. */
export const BOTH_GATES_PREFIX = 'comptime-';

/** The cases of the program `name` whose source is `entry` (see the module doc). */
export function casesOf(name: string, entry: string): BenchCase[] {
  if (!name.startsWith(BOTH_GATES_PREFIX)) return [{ name, entry, gate: 'on', label: name }];
  return (['on', 'off'] as const satisfies readonly Gate[]).map((gate) => ({ name, entry, gate, label: `${name} [comptime=${gate}]` }));
}

/**
 * The cases whose program name contains one of `filters` (every case when `filters` is empty).
 * Errors: RangeError naming the filters that select nothing, so a typo does not pass silently.
 */
export function selectCases(cases: readonly BenchCase[], filters: readonly string[]): BenchCase[] {
  if (filters.length === 0) return [...cases];
  const unmatched = filters.filter((f) => !cases.some((c) => c.name.includes(f)));
  if (unmatched.length > 0) {
    const names = [...new Set(cases.map((c) => c.name))].join(', ');
    throw new RangeError(`--filter ${unmatched.join(', ')} matches no benchmark (there are: ${names})`);
  }
  return cases.filter((c) => filters.some((f) => c.name.includes(f)));
}

/** Every case of the `.ts` programs in `dir` (default PROGRAMS_DIR), programs sorted by name. */
export async function discoverCases(dir: string = PROGRAMS_DIR): Promise<BenchCase[]> {
  const files = (await readdir(dir)).filter((f) => f.endsWith('.ts')).sort();
  return files.flatMap((f) => casesOf(f.slice(0, -'.ts'.length), path.join(dir, f)));
}
