/**
 * `reports/nightly/<date>/index.html`: one self-contained page (inline CSS and SVG, no script, no
 * external resource; long lists folded in `<details>`) with the headline figures, what changed since the previous nightly, the trend of
 * the headline figures over the kept history (reports/trend.json) as line charts, the pass rate per
 * corpus block under each gate, the fuzz failures with their replay commands and the benchmark table.
 */
import { COLUMNS, rowCells } from '../../../bench/table.ts';
import { escapeMarkup as esc } from '../report/escape.ts';
import { benchLine, blockMatrix, changeLines, comparisonHeading, fuzzLine, gateName, SHORT_LIST } from './headline.ts';
import type { NightlyRecord, TrendFile } from './model.ts';
import { renderLineChart } from './svg.ts';

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}h1{font-size:1.4em}
table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
td.n{text-align:right}.bad{color:#b00020;font-weight:600}.good{color:#176f2c}code{font:12px ui-monospace,monospace}
.charts svg{display:block;margin:.5em 0 1em}`;

const GATE_COLORS = { on: '#2e7d32', off: '#1565c0' } as const;

function tableHtml(header: readonly string[], rows: readonly (readonly string[])[], numeric: (column: number) => boolean = () => false): string {
  const head = `<tr>${header.map((h) => `<th>${esc(h)}</th>`).join('')}</tr>`;
  const body = rows.map((r) => `<tr>${r.map((c, i) => `<td${numeric(i) ? ' class="n"' : ''}>${esc(c)}</td>`).join('')}</tr>`).join('\n');
  return `<table>${head}\n${body}</table>`;
}

function charts(trend: TrendFile): string {
  const labels = trend.points.map((p) => p.date);
  const gates = ['on', 'off'] as const;
  return [
    renderLineChart({
      title: 'Parity pass rate (PASS / programs)',
      labels,
      series: gates.map((gate) => ({
        name: gateName(gate),
        color: GATE_COLORS[gate],
        values: trend.points.map((p) => {
          const g = p.gates.find((x) => x.gate === gate);
          return g === undefined || g.total === 0 ? null : (100 * g.passed) / g.total;
        }),
      })),
      format: (v) => `${v.toFixed(1)}%`,
      yMin: 0,
      yMax: 100,
    }),
    renderLineChart({
      title: 'Comptime fuzz throughput (expressions/s)',
      labels,
      series: [{ name: 'expressions/s', color: '#6a1b9a', values: trend.points.map((p) => p.fuzz?.expressionsPerSecond ?? null) }],
      format: (v) => v.toFixed(0),
      yMin: 0,
    }),
    renderLineChart({
      title: 'Benchmarks: geometric mean native/Node time ratio (below 1: native faster)',
      labels,
      series: [{ name: 'native/Node', color: '#ef6c00', values: trend.points.map((p) => p.bench?.geometricMean ?? null) }],
      format: (v) => v.toFixed(2),
      yMin: 0,
    }),
  ].join('\n');
}

/** The HTML text of `record`, with `trend` (this nightly's point included) drawn as charts. */
export function renderNightlyHtml(record: NightlyRecord, trend: TrendFile): string {
  const title = `Nightly ${record.date}`;
  const gateRows = record.gates.map((g) => `<tr><td>${esc(gateName(g.gate))}</td><td>${esc(g.parityLine)}</td>`
    + `<td class="n${g.totals.unexpected > 0 ? ' bad' : ''}">${g.totals.unexpected}</td><td class="n${g.flaky.length > 0 ? ' bad' : ''}">${g.flaky.length}</td>`
    + `<td><a href="${esc(g.folder)}/index.html">${esc(g.folder)}/</a></td></tr>`).join('\n');
  const { regressions, fixes, flaky } = changeLines(record.comparison);
  const items = (lines: readonly string[], cls: string): string => lines.map((l) => `<li class="${cls}">${esc(l)}</li>`).join('\n');
  const fixList = fixes.length > SHORT_LIST ? `<li><details><summary>${fixes.length} fixes</summary><ul>${items(fixes, 'good')}</ul></details></li>` : items(fixes, 'good');
  const changeList = regressions.length + fixes.length + flaky.length === 0 ? '<li>No changes.</li>'
    : [items(regressions, 'bad'), items(flaky, 'bad'), fixList].filter((x) => x !== '').join('\n');
  const fuzz = record.fuzz;
  const fuzzSection = fuzz === null ? '<p>Skipped.</p>' : `<p>${esc(fuzzLine(fuzz))}. `
    + `Shrinking ran ${fuzz.shrinkPrograms} programs in ${(fuzz.shrinkMs / 1000).toFixed(1)} s. <a href="fuzz.txt">fuzz.txt</a> has each failure's minimal program.</p>`
    + (fuzz.failures.length === 0 ? '' : `<table><tr><th>Buckets</th><th>Replay</th></tr>${fuzz.failures.map((f) =>
      `<tr><td>${esc(f.buckets.map((b) => JSON.stringify(b)).join(', '))}</td><td><code>${esc(f.replay)}</code></td></tr>`).join('\n')}</table>`);
  const bench = record.bench;
  const benchSection = bench === null ? '<p>Skipped.</p>' : `<p>Median of ${bench.results.runs} runs per side, Node ${esc(bench.results.nodeVersion)}; `
    + `${esc(benchLine(bench))}. <a href="bench.txt">bench.txt</a> has the details of rows that were not timed.</p>`
    + tableHtml(COLUMNS, bench.results.rows.map(rowCells), (i) => i > 0);
  const env = record.environment;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(title)}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(title)}</h1>
<p>Started ${esc(record.startedAt)}, wall time ${(record.wallMs / 60_000).toFixed(1)} min
(${record.stages.map((s) => `${esc(s.name)} ${(s.wallMs / 60_000).toFixed(1)}`).join(', ')}).
${env === null ? '' : `Node ${esc(env.node ?? '(not run)')}, compiler ${esc(env.compilerRevision)}, ${esc(env.cc)}, ${esc(env.os)}, ${env.cpus} CPUs.`}</p>
<table><tr><th>Gate</th><th>Parity</th><th>Unexpected</th><th>Flaky</th><th>Reports</th></tr>
${gateRows}</table>
<p>Comptime fuzz: ${fuzz === null ? 'skipped' : esc(fuzzLine(fuzz))}.<br>Benchmarks: ${bench === null ? 'skipped' : esc(benchLine(bench))}.</p>
<h2>Since the previous nightly</h2>
<p>${esc(comparisonHeading(record.comparison))}</p>
<ul>${changeList}</ul>
<h2>Trend</h2>
<div class="charts">
${charts(trend)}
</div>
<h2>Parity pass rate per corpus block</h2>
${tableHtml(['Block', ...record.gates.map((g) => gateName(g.gate))], blockMatrix(record.gates), (i) => i > 0)}
<h2>Comptime fuzz</h2>
${fuzzSection}
<h2>Benchmarks</h2>
${benchSection}
</body></html>
`;
}
