/**
 * `reports/latest/summary.md`, for a CI step summary (GitHub-flavoured Markdown): the Parity line and
 * the verdict, a table of outcome counts with their total, a table of pass rates per corpus block,
 * what changed since the previous run (with the age of each failure streak), the failure groups
 * (unexpected outcomes by cause), each unexpected outcome
 * with its diff in a collapsed block (cut to MARKDOWN_DIFF_LINES lines), the normalisations applied
 * and the environment. Times of day appear only in the environment section.
 */
import { OUTCOMES } from '../outcomes.ts';
import { changeRows, streakText } from './changes.ts';
import type { ProgramResult, Report } from './model.ts';
import { OUTCOME_MEANING } from './outcome-meaning.ts';
import { commandText, parityLine } from './summary.ts';
import { passRate, tallyBlocks, tallyOf, type Tally } from './tally.ts';
import { selectionOf } from './trend.ts';

/** Lines of each unexpected outcome's diff kept in summary.md (index.html has them all). */
export const MARKDOWN_DIFF_LINES = 200;

function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

/** `& < >` as entities: GitHub drops what looks like an unknown tag (`<detail>`) from rendered Markdown. */
function inert(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;');
}

/** Text safe in a table cell: `inert`, pipes escaped, newlines as spaces. */
function cell(text: string): string {
  return inert(text).replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** `text` cut to MARKDOWN_DIFF_LINES lines, saying how many were left out. */
function cut(text: string): string {
  const lines = text.replace(/\n$/, '').split('\n');
  if (lines.length <= MARKDOWN_DIFF_LINES) return text;
  return `${lines.slice(0, MARKDOWN_DIFF_LINES).join('\n')}\n... ${lines.length - MARKDOWN_DIFF_LINES} more lines in index.html\n`;
}

function totalsTable(report: Report): string[] {
  const { totals } = report;
  const out = ['| Outcome | Count | Meaning |', '| --- | ---: | --- |'];
  for (const o of OUTCOMES) {
    const n = totals.byOutcome[o];
    if (n !== undefined) out.push(`| ${o} | ${n} | ${OUTCOME_MEANING[o]} |`);
  }
  const xfail = totals.byOutcome.XFAIL ?? 0;
  out.push(`| **Total** | **${totals.total}** | ${totals.passed} PASS + ${xfail} XFAIL expected, ${totals.unexpected} unexpected |`);
  return out;
}

function blocksTable(results: readonly ProgramResult[]): string[] {
  const row = (t: Tally, bold: boolean): string => {
    const b = (s: string | number): string => (bold ? `**${s}**` : String(s));
    return `| ${b(cell(t.name))} | ${b(t.total)} | ${b(t.passed)} | ${b(t.xfail)} | ${b(t.unexpected)} | ${b(passRate(t.passed, t.total))} |`;
  };
  const blocks = tallyBlocks(results);
  return [
    '| Block | Programs | PASS | XFAIL | Unexpected | Pass rate |', '| --- | ---: | ---: | ---: | ---: | ---: |',
    ...blocks.map((t) => row(t, false)),
    ...(blocks.length > 1 ? [row(tallyOf('all blocks', results), true)] : []),
  ];
}

function changesTable(report: Report): string[] {
  const rows = changeRows(report);
  if (rows.length === 0) return ['No changes: no program regressed, got fixed or is still failing.'];
  return [
    '| Change | Program | Now | Before | Failing for |', '| --- | --- | --- | --- | --- |',
    ...rows.map((c) => `| ${c.change === 'REGRESSION' ? '**REGRESSION**' : c.change} | \`${cell(c.label)}\` | ${c.outcome} | `
      + `${c.previousOutcome ?? 'not run before'} | ${streakText(c)} |`),
  ];
}

function unexpectedSection(bad: readonly ProgramResult[]): string[] {
  const out = ['| Program | Outcome | Detail |', '| --- | --- | --- |', ...bad.map((r) => `| \`${cell(r.label)}\` | ${r.outcome} | ${cell(r.detail)} |`), ''];
  for (const r of bad) {
    const patches = r.mismatches.map((m) => m.patch).join('\n');
    if (patches === '' && r.diagnostics === undefined) continue;
    out.push(`<details><summary>${r.outcome} ${inert(r.label)}</summary>`, '');
    if (patches !== '') out.push(fenced(cut(patches), 'diff'), '');
    if (r.diagnostics !== undefined) out.push(fenced(cut(r.diagnostics)), '');
    out.push('</details>', '');
  }
  return out;
}

/** The Markdown text of `report`. */
export function renderMarkdown(report: Report): string {
  const { totals, options } = report;
  const bad = report.results.filter((r) => !r.expected);
  const verdict = totals.unexpected === 0
    ? `**All ${totals.total} outcomes expected.**`
    : `**${totals.unexpected} unexpected outcome${totals.unexpected === 1 ? '' : 's'}.**`;
  const out: string[] = [
    `## ${parityLine(totals)}`, '',
    `${verdict} Ran ${inert(selectionOf(options))} ${options.reference ? `against Node ${report.environment.node ?? '?'}` : 'against the goldens only (--no-reference)'}`
    + ` with ${options.jobs} jobs in ${(report.wallMs / 1000).toFixed(1)} s.`, '',
    ...totalsTable(report), '',
    '### Pass rate per block', '', ...blocksTable(report.results), '',
    '### Changes since the previous run', '', ...changesTable(report), '',
  ];
  if (report.problems.length > 0) out.push('### Corpus problems', '', ...report.problems.map((p) => `- ${inert(p)}`), '');
  if (report.orphans.length > 0) {
    out.push('### Orphans (remove with --prune)', '', ...report.orphans.map((o) => `- \`${o.file}\`: ${inert(o.reason)}`), '');
  }
  const groups = report.groups ?? [];
  if (groups.length > 0) {
    out.push('### Failure groups (by cause)', '', '| # | Outcome | Programs | Signature | Members |', '| ---: | --- | ---: | --- | --- |',
      ...groups.map((g) => `| ${g.id} | ${g.outcome} | ${g.count} | \`${cell(g.signature)}\` | ${g.members.map((m) => `\`${cell(m)}\``).join(', ')} |`), '');
  }
  if (bad.length > 0) out.push('### Unexpected outcomes', '', ...unexpectedSection(bad));
  out.push('### Stderr normalisations', '', 'Applied to the stderr of both sides before comparing; stdout and exit codes are compared byte for byte.', '',
    ...report.normalisations.map((n) => `- \`${n.name}\`: ${n.description}`), '');
  const env = report.environment;
  out.push('### Environment', '', '| | |', '| --- | --- |',
    `| Started | ${report.startedAt} |`,
    `| Finished | ${report.finishedAt} |`,
    `| Command | \`${cell(commandText(report.command))}\` |`,
    `| Node (reference) | ${env.node ?? '(not run)'} |`,
    `| Node (transcripts recorded with) | ${env.recordedNode ?? '(none recorded)'} |`,
    `| Compiler revision | ${cell(env.compilerRevision)} |`,
    `| C compiler | ${cell(env.cc)} |`,
    `| OS, CPUs | ${cell(env.os)}, ${env.cpus} CPUs |`, '');
  return out.join('\n');
}
