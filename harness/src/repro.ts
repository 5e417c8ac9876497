/**
 * Reproduction commands for one result, shown beside every failure on the console and in the reports:
 * the command that rebuilds and reruns the program alone (same gate, same `--root`), the one that
 * re-blesses its goldens, and its source file.
 */
import type { Program } from './discover.ts';
import { displayPath, type Layout } from './layout.ts';
import type { Gate } from './outcomes.ts';
import type { Repro } from './report/model.ts';

/** `s` as one POSIX-shell word (single-quoted unless it is plainly safe). */
export function shellWord(s: string): string {
  return /^[A-Za-z0-9_@%+=:,./-]+$/.test(s) ? s : `'${s.replace(/'/g, `'\\''`)}'`;
}

/** The repro of `program` under `gate`; `rootArg` is the `--root` the run was given, if any. */
export function reproOf(layout: Layout, program: Program, gate: Gate, rootArg: string | undefined): Repro {
  const root = rootArg === undefined ? '' : ` --root ${shellWord(layout.root)}`;
  const name = `-name=${shellWord(program.id)}`;
  const comptime = gate === 'on' ? '' : ` --comptime=${gate}`;
  return {
    rerun: `npm run parity -- ${name}${comptime}${root}`,
    bless: `npm run parity -- ${name} --update-goldens${root}`,
    source: displayPath(layout, program.entry),
  };
}

/** One command that reruns every program of `ids` (a failure group) alone: `-name=a,b,c`. */
export function rerunAllCommand(ids: readonly string[], rootArg: string | undefined, layout: Layout): string {
  const root = rootArg === undefined ? '' : ` --root ${shellWord(layout.root)}`;
  return `npm run parity -- -name=${shellWord([...new Set(ids)].join(','))}${root}`;
}
