/**
 * `reports/latest/summary.md`, for a CI step summary: the Parity line, outcome counts, what changed
 * since the previous run, each unexpected outcome with its diff in a collapsed block, the
 * normalisations applied and the environment.
 */
import type { Report } from './model.ts';
import { parityLine } from './summary.ts';

function fenced(text: string, lang = ''): string {
  const longest = Math.max(2, ...[...text.matchAll(/`+/g)].map((m) => m[0].length));
  const fence = '`'.repeat(longest + 1);
  return `${fence}${lang}\n${text.endsWith('\n') ? text : `${text}\n`}${fence}`;
}

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

/** The Markdown text of `report`. */
export function renderMarkdown(report: Report): string {
  const out: string[] = [`## ${parityLine(report.totals)}`, ''];
  out.push('| Outcome | Count |', '| --- | ---: |');
  for (const [o, n] of Object.entries(report.totals.byOutcome)) out.push(`| ${o} | ${n} |`);
  out.push('', `Wall time ${(report.wallMs / 1000).toFixed(1)} s, ${report.options.jobs} jobs, comptime=${report.options.comptime}`
    + `${report.options.reference ? '' : ', --no-reference'}.`, '');
  const { regressions, fixed, stillFailing } = report.changes;
  out.push('### Since the previous run', '');
  if (regressions.length + fixed.length + stillFailing.length === 0) out.push('No changes.');
  for (const l of regressions) out.push(`- REGRESSION ${l}`);
  for (const l of fixed) out.push(`- FIXED ${l}`);
  for (const s of stillFailing) out.push(`- still failing ${s.label} (since ${s.since}, ${s.runs} runs)`);
  out.push('');
  const bad = report.results.filter((r) => !r.expected);
  if (bad.length > 0) {
    out.push('### Unexpected outcomes', '', '| Program | Outcome | Detail |', '| --- | --- | --- |');
    for (const r of bad) out.push(`| ${cell(r.label)} | ${r.outcome} | ${cell(r.detail)} |`);
    out.push('');
    for (const r of bad) {
      const text = [...r.mismatches.map((m) => m.patch), ...(r.diagnostics === undefined ? [] : [r.diagnostics])].join('\n');
      if (text === '') continue;
      out.push(`<details><summary>${r.outcome} ${r.label}</summary>`, '', fenced(text, 'diff'), '', '</details>', '');
    }
  }
  if (report.problems.length > 0) out.push('### Corpus problems', '', ...report.problems.map((p) => `- ${p}`), '');
  if (report.orphans.length > 0) {
    out.push('### Orphans (remove with --prune)', '', ...report.orphans.map((o) => `- \`${o.file}\`: ${o.reason}`), '');
  }
  out.push('### Stderr normalisations', '', ...report.normalisations.map((n) => `- \`${n.name}\`: ${n.description}`), '');
  const env = report.environment;
  out.push('### Environment', '', `Node ${env.node ?? '(not run)'} (recorded ${env.recordedNode ?? 'none'}), compiler ${env.compilerRevision}, `
    + `${env.cc}, ${env.os}, ${env.cpus} CPUs.`, '');
  return out.join('\n');
}
