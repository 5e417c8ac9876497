/**
 * The console's account of a red run: unexpected results grouped by cause (report/groups.ts), each
 * group once with its count and members, the first member's detail and diff (cut to
 * CONSOLE_DIFF_LINES lines, saying how much was left out and where the full text is), and the repro
 * commands (rerun alone, rerun the group, re-bless, source file).
 */
import { colorizeDiff } from './diffs.ts';
import type { Layout } from './layout.ts';
import type { Console } from './progress.ts';
import type { FailureGroup, ProgramResult } from './report/model.ts';
import { rerunAllCommand } from './repro.ts';

/** Diff lines printed per group (the rest is in index.html and summary.md). */
export const CONSOLE_DIFF_LINES = 40;

/** Members listed by name per group. */
export const CONSOLE_MEMBERS = 10;

/** Where the full report is, for "left out" notes: the page path and the run's `--root`, if any. */
export interface FailureContext {
  readonly layout: Layout;
  /** Root-relative path of the report page, e.g. `reports/latest/index.html`. */
  readonly page: string;
  readonly rootArg?: string;
  /** Colour diffs. */
  readonly color: boolean;
}

function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

/** `text` cut to `limit` lines; returns the kept text and how many lines were left out. */
function capLines(text: string, limit: number): { text: string; omitted: number } {
  const all = text.replace(/\n$/, '').split('\n');
  if (all.length <= limit) return { text: `${all.join('\n')}\n`, omitted: 0 };
  return { text: `${all.slice(0, limit).join('\n')}\n`, omitted: all.length - limit };
}

function printGroup(out: Console, group: FailureGroup, total: number, members: readonly ProgramResult[], ctx: FailureContext): void {
  const first = members[0];
  const anchor = `${ctx.page}#g-${group.id}`;
  out.write(`\n── group ${group.id} of ${total}: ${group.outcome} × ${group.count} ── ${group.signature}\n`);
  for (const r of members.slice(0, CONSOLE_MEMBERS)) out.write(`   ${r.label}${r.repro === undefined ? '' : `  (${r.repro.source})`}\n`);
  if (members.length > CONSOLE_MEMBERS) out.write(`   ... and ${members.length - CONSOLE_MEMBERS} more: ${anchor}\n`);
  out.write(`${first.outcome} ${first.label}: ${first.detail}\n`);
  const body = [...first.mismatches.map((m) => m.patch), ...(first.diagnostics !== undefined && first.kind === 'run' ? [first.diagnostics] : [])].join('\n');
  if (body !== '') {
    const kept = capLines(body, CONSOLE_DIFF_LINES);
    out.write(ctx.color ? colorizeDiff(kept.text) : kept.text);
    const left = [
      ...(kept.omitted > 0 ? [`${plural(kept.omitted, 'more line')} of this diff`] : []),
      ...(members.length > 1 ? [`the diffs of ${plural(members.length - 1, 'other member')}`] : []),
    ];
    if (left.length > 0) out.write(`   (left out: ${left.join(' and ')}; full text in ${anchor})\n`);
  }
  if (first.repro !== undefined) {
    out.write(`   rerun:    ${first.repro.rerun}\n`);
    if (members.length > 1) out.write(`   group:    ${rerunAllCommand(members.map((m) => m.program), ctx.rootArg, ctx.layout)}\n`);
    out.write(`   re-bless: ${first.repro.bless}\n   source:   ${first.repro.source}\n`);
  }
}

/** Prints every group of `groups` (members looked up in `results`) with a heading line. */
export function printFailureGroups(out: Console, results: readonly ProgramResult[], groups: readonly FailureGroup[], ctx: FailureContext): void {
  if (groups.length === 0) return;
  const byLabel = new Map(results.map((r) => [r.label, r]));
  const unexpected = groups.reduce((n, g) => n + g.count, 0);
  out.write(`\n${plural(unexpected, 'unexpected outcome')} in ${plural(groups.length, 'group')} by cause (every diff: ${ctx.page})\n`);
  for (const g of groups) {
    const members = g.members.map((l) => byLabel.get(l)).filter((r): r is ProgramResult => r !== undefined);
    if (members.length > 0) printGroup(out, g, groups.length, members, ctx);
  }
}
