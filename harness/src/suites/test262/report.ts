/**
 * The reports of a run in `reports/test262/` (or `--report-dir`): `tree.json` (counts per directory down to
 * files), `summary.md` (rates per top-level and second-level directory, outcome counts, largest causes,
 * throughput) and `index.html` (the same tables and every non-PASS scenario with its output).
 */
import { mkdir } from 'node:fs/promises';
import path from 'node:path';
import { writeAtomic } from '../../../../compiler/src/driver/build.ts';
import { escapeMarkup } from '../../report/escape.ts';
import { largestCauses } from './causes.ts';
import { OUTCOMES } from './outcomes.ts';
import type { ScenarioResult } from './run.ts';
import { countTree, level, rate, total, type CountTree } from './tree.ts';

/** What a report describes besides the results. */
export interface RunInfo {
  readonly engine: string;
  readonly tests: number;
  readonly seconds: number;
  readonly command: string;
}

function table(tree: CountTree, depth: number): string[] {
  const rows = [...(depth === 1 ? [{ path: 'all', counts: tree.counts }] : []), ...level(tree, depth)];
  return [
    `| directory | rate | scenarios | ${OUTCOMES.join(' | ')} |`,
    `|---|---|---|${OUTCOMES.map(() => '---').join('|')}|`,
    ...rows.map((r) => `| ${r.path} | ${rate(r.counts)} | ${total(r.counts)} | ${OUTCOMES.map((o) => r.counts[o]).join(' | ')} |`),
  ];
}

/** The Markdown summary. */
export function markdownSummary(results: readonly ScenarioResult[], info: RunInfo): string {
  const tree = countTree(results);
  const causes = (o: 'FAIL' | 'UNSUPPORTED'): string[] => largestCauses(results, o).map((c) => `| ${c.count} | ${c.cause.replace(/\|/g, '\\|')} |`);
  return [
    `# test262 (${info.engine})`, '',
    `${info.tests} tests, ${results.length} scenarios in ${info.seconds.toFixed(1)} s (${(results.length / info.seconds).toFixed(2)} scenarios/s): \`${info.command}\``, '',
    '## Rates per top-level directory', '', ...table(tree, 1), '',
    '## Rates per second-level directory', '', ...table(tree, 2), '',
    '## Largest causes of FAIL', '', '| scenarios | cause |', '|---|---|', ...causes('FAIL'), '',
    '## Largest causes of UNSUPPORTED', '', '| scenarios | cause |', '|---|---|', ...causes('UNSUPPORTED'), '',
  ].join('\n');
}

function htmlTable(tree: CountTree, depth: number): string {
  const rows = [...(depth === 1 ? [{ path: 'all', counts: tree.counts }] : []), ...level(tree, depth)];
  return `<table><tr><th>directory</th><th>rate</th><th>scenarios</th>${OUTCOMES.map((o) => `<th>${o}</th>`).join('')}</tr>\n${rows.map((r) => `<tr><td>${escapeMarkup(r.path)}</td><td>${rate(r.counts)}</td><td>${total(r.counts)}</td>${OUTCOMES.map((o) => `<td>${r.counts[o]}</td>`).join('')}</tr>`).join('\n')}</table>`;
}

/** The HTML page. */
export function htmlReport(results: readonly ScenarioResult[], info: RunInfo): string {
  const tree = countTree(results);
  const failures = results.filter((r) => r.outcome !== 'PASS' && r.outcome !== 'UNSUPPORTED').map((r) =>
    `<details><summary>${r.outcome} ${escapeMarkup(r.key)}: ${escapeMarkup(r.reason)}</summary><pre>${escapeMarkup(r.output)}</pre></details>`);
  return `<!doctype html><meta charset="utf-8"><title>test262 (${info.engine})</title>
<style>body{font-family:sans-serif}table{border-collapse:collapse}td,th{border:1px solid #ccc;padding:2px 6px;text-align:right}td:first-child{text-align:left}pre{background:#f4f4f4}</style>
<h1>test262 (${info.engine})</h1><p>${info.tests} tests, ${results.length} scenarios, ${info.seconds.toFixed(1)} s: <code>${escapeMarkup(info.command)}</code></p>
<h2>Top-level directories</h2>${htmlTable(tree, 1)}<h2>Second-level directories</h2>${htmlTable(tree, 2)}
<h2>Failures (${failures.length})</h2>${failures.join('\n')}
`;
}

/** Writes tree.json, summary.md and index.html into `dir` (atomically each). */
export async function writeReports(dir: string, results: readonly ScenarioResult[], info: RunInfo): Promise<void> {
  await mkdir(dir, { recursive: true });
  await writeAtomic(path.join(dir, 'tree.json'), `${JSON.stringify({ engine: info.engine, tree: countTree(results) }, null, 1)}\n`);
  await writeAtomic(path.join(dir, 'summary.md'), markdownSummary(results, info));
  await writeAtomic(path.join(dir, 'index.html'), htmlReport(results, info));
}
