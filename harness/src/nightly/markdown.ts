/**
 * `reports/nightly/<date>/summary.md`, for the CI job summary: the headline figures (Parity P/N per
 * gate, fuzz expressions per second, geometric mean native/Node), what changed since the previous
 * nightly, the pass rate per corpus block under each gate, the fuzz failures with their replay
 * commands, the benchmark table and the stage times. Pure.
 */
import { COLUMNS, rowCells } from '../../../bench/table.ts';
import { benchLine, blockMatrix, changeLines, comparisonHeading, fuzzLine, gateName, SHORT_LIST } from './headline.ts';
import type { NightlyRecord } from './model.ts';

function cell(text: string): string {
  return text.replace(/\|/g, '\\|').replace(/\n/g, ' ');
}

function table(header: readonly string[], rows: readonly (readonly string[])[], rightAligned: (column: number) => boolean = () => false): string[] {
  return [
    `| ${header.map(cell).join(' | ')} |`,
    `| ${header.map((_, i) => (rightAligned(i) ? '---:' : '---')).join(' | ')} |`,
    ...rows.map((r) => `| ${r.map(cell).join(' | ')} |`),
  ];
}

function minutes(ms: number): string {
  return (ms / 60_000).toFixed(1);
}

/** The Markdown text of `record`. */
export function renderNightlyMarkdown(record: NightlyRecord): string {
  const out: string[] = [`## Nightly ${record.date}`, ''];
  out.push(...table(['Gate', 'Parity', 'Unexpected', 'Flaky', 'Reports'], record.gates.map((g) => [
    gateName(g.gate), g.parityLine, String(g.totals.unexpected), String(g.flaky.length), `${g.folder}/index.html`,
  ]), (i) => i === 2 || i === 3), '');
  out.push(`- Comptime fuzz: ${record.fuzz === null ? 'skipped' : fuzzLine(record.fuzz)}`);
  out.push(`- Benchmarks: ${record.bench === null ? 'skipped' : benchLine(record.bench)}`, '');
  out.push('### Since the previous nightly', '', comparisonHeading(record.comparison), '');
  const { regressions, fixes, flaky } = changeLines(record.comparison);
  const item = (l: string): string => `- ${l}`;
  out.push(...regressions.map(item), ...flaky.map(item));
  if (fixes.length > SHORT_LIST) out.push('', `<details><summary>${fixes.length} fixes</summary>`, '', ...fixes.map(item), '', '</details>');
  else out.push(...fixes.map(item));
  if (regressions.length + fixes.length + flaky.length === 0) out.push('No changes.');
  out.push('');
  if (record.gates.length > 0) {
    out.push('### Parity pass rate per corpus block', '');
    out.push(...table(['Block', ...record.gates.map((g) => gateName(g.gate))], blockMatrix(record.gates), (i) => i > 0), '');
  }
  if (record.fuzz !== null) {
    const f = record.fuzz;
    const budget = f.budget.kind === 'seconds' ? `${f.budget.seconds} s${f.interrupted ? ' (used up)' : ''}` : `${f.budget.runs} programs`;
    out.push('### Comptime fuzz', '', `${fuzzLine(f)}. Budget: ${budget}; programs of ~${f.exprsPerProgram} expressions, depth <= ${f.maxDepth}; `
      + `shrinking ran ${f.shrinkPrograms} programs in ${(f.shrinkMs / 1000).toFixed(1)} s. fuzz.txt has each failure's minimal program.`, '');
    if (f.failures.length > 0) out.push(...table(['Buckets', 'Replay'], f.failures.map((x) => [x.buckets.map((b) => JSON.stringify(b)).join(', '), `\`${x.replay}\``])), '');
  }
  if (record.bench !== null) {
    const b = record.bench.results;
    out.push('### Benchmarks', '', `Median of ${b.runs} runs per side, Node ${b.nodeVersion}; ${benchLine(record.bench)}.`, '');
    out.push(...table(COLUMNS, b.rows.map(rowCells), (i) => i > 0), '');
  }
  out.push('### Stages', '', ...table(['Stage', 'Minutes'], [...record.stages.map((s) => [s.name, minutes(s.wallMs)]), ['total', minutes(record.wallMs)]], (i) => i === 1), '');
  const env = record.environment;
  if (env !== null) out.push(`Node ${env.node ?? '(not run)'}, compiler ${env.compilerRevision}, ${env.cc}, ${env.os}, ${env.cpus} CPUs.`, '');
  return out.join('\n');
}
