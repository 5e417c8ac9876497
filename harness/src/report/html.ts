/**
 * `reports/latest/index.html`: one self-contained page (inline CSS and script, no external resource)
 * with the totals, the pass rate per corpus block, the trend over the kept history, a table of every
 * result filterable by outcome and text, and a side-by-side diff of each unexpected outcome.
 */
import { sideBySide } from '../diffs.ts';
import { compareText } from '../discover.ts';
import { OUTCOMES } from '../outcomes.ts';
import { escapeMarkup as esc } from './escape.ts';
import type { ProgramResult, Report, ReportedMismatch } from './model.ts';
import { parityLine } from './summary.ts';

/** One earlier run, for the trend table. */
export interface TrendPoint {
  readonly startedAt: string;
  readonly passed: number;
  readonly total: number;
  readonly unexpected: number;
}

const STYLE = `body{font:14px/1.4 system-ui,sans-serif;margin:1.5em;color:#222}
h1{font-size:1.4em}table{border-collapse:collapse;margin:.5em 0}td,th{border:1px solid #ccc;padding:2px 6px;text-align:left;vertical-align:top}
.o-PASS{color:#176f2c}.o-XFAIL{color:#666}.bad{color:#b00020;font-weight:600}
.chip{display:inline-block;margin-right:1em}.bar{background:#eee;width:120px;height:10px}.bar>div{background:#2e7d32;height:10px}
pre,.sbs td{font:12px/1.3 ui-monospace,monospace;white-space:pre-wrap;word-break:break-all}
.sbs td{width:50%}.k-changed{background:#fff5cc}.k-removed{background:#ffe0e0}.k-added{background:#e0ffe0}
tr[hidden]{display:none}`;

const SCRIPT = `const sel=document.getElementById('f-outcome'),txt=document.getElementById('f-text');
function apply(){const o=sel.value,t=txt.value.toLowerCase();for(const r of document.querySelectorAll('#results tbody tr')){
const okO=o===''||(o==='unexpected'?r.dataset.expected==='false':r.dataset.outcome===o);
r.hidden=!(okO&&r.textContent.toLowerCase().includes(t));}}
sel.addEventListener('change',apply);txt.addEventListener('input',apply);`;

function rate(passed: number, total: number): string {
  const pct = total === 0 ? 0 : (100 * passed) / total;
  return `<div class="bar"><div style="width:${pct.toFixed(1)}%"></div></div>${pct.toFixed(1)}%`;
}

function sideBySideTable(m: ReportedMismatch): string {
  const rows = sideBySide(Buffer.from(m.expectedText), Buffer.from(m.actualText));
  if (rows === null) return `<pre>${esc(m.patch)}</pre>`;
  const cell = (t: string | null): string => (t === null ? '<td></td>' : `<td>${esc(t)}</td>`);
  return `<table class="sbs"><tr><th>${esc(m.expectedLabel)}</th><th>${esc(m.actualLabel)}</th></tr>`
    + rows.map((r) => `<tr class="k-${r.kind}">${cell(r.left)}${cell(r.right)}</tr>`).join('') + '</table>';
}

function anchor(r: ProgramResult): string {
  return `r-${r.label.replace(/[^A-Za-z0-9_-]/g, '_')}`;
}

function failureSection(r: ProgramResult): string {
  const parts = [`<h3 id="${anchor(r)}"><span class="bad">${r.outcome}</span> ${esc(r.label)}</h3>`, `<p>${esc(r.detail)}</p>`];
  for (const m of r.mismatches) parts.push(`<h4>${esc(m.aspect)}: ${esc(m.expectedLabel)} vs ${esc(m.actualLabel)}</h4>`, sideBySideTable(m));
  if (r.diagnostics !== undefined) parts.push('<h4>tsn build diagnostics</h4>', `<pre>${esc(r.diagnostics)}</pre>`);
  if (r.kept !== undefined) parts.push(`<p>Kept for reproduction in <code>${esc(r.kept)}</code>.</p>`);
  return parts.join('\n');
}

function resultRow(r: ProgramResult): string {
  const name = r.expected ? esc(r.label) : `<a href="#${anchor(r)}">${esc(r.label)}</a>`;
  const cls = r.expected ? `o-${r.outcome}` : 'bad';
  const d = r.durations;
  return `<tr data-outcome="${r.outcome}" data-expected="${r.expected}"><td>${name}</td><td class="${cls}">${r.outcome}</td>`
    + `<td>${r.change ?? ''}${r.failingRuns !== undefined && r.failingRuns > 1 ? ` (${r.failingRuns} runs)` : ''}</td>`
    + `<td>${esc(r.detail)}</td><td>${Math.round(d.buildMs)}${r.cached ? ' (cached)' : ''}</td>`
    + `<td>${Math.round(d.nativeMs)}</td><td>${Math.round(d.referenceMs)}</td><td>${r.sizes.exeBytes ?? ''}</td></tr>`;
}

/** The HTML text of `report`; `trend` lists earlier runs, newest first. */
export function renderHtml(report: Report, trend: readonly TrendPoint[]): string {
  const blocks = new Map<string, ProgramResult[]>();
  for (const r of report.results) blocks.set(r.block, [...(blocks.get(r.block) ?? []), r]);
  const blockRows = [...blocks.keys()].sort(compareText).map((b) => {
    const rs = blocks.get(b) ?? [];
    const passed = rs.filter((r) => r.outcome === 'PASS').length;
    return `<tr><td>${esc(b)}</td><td>${passed}/${rs.length}</td><td>${rate(passed, rs.length)}</td></tr>`;
  });
  const points: TrendPoint[] = [
    { startedAt: report.startedAt, passed: report.totals.passed, total: report.totals.total, unexpected: report.totals.unexpected },
    ...trend,
  ];
  const { regressions, fixed, stillFailing } = report.changes;
  const env = report.environment;
  const options = OUTCOMES.map((o) => `<option value="${o}">${o}</option>`).join('');
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><title>${esc(parityLine(report.totals))}</title><style>${STYLE}</style></head>
<body>
<h1>${esc(parityLine(report.totals))}</h1>
<p>Run started ${esc(report.startedAt)}, wall time ${(report.wallMs / 1000).toFixed(1)} s, ${report.options.jobs} jobs,
comptime=${report.options.comptime}${report.options.reference ? '' : ', --no-reference'}.
Node ${esc(env.node ?? '(not run)')} (recorded ${esc(env.recordedNode ?? 'none')}), compiler ${esc(env.compilerRevision)}, ${esc(env.cc)}, ${esc(env.os)}.</p>
<p>${Object.entries(report.totals.byOutcome).map(([o, n]) => `<span class="chip ${o === 'PASS' || o === 'XFAIL' ? `o-${o}` : 'bad'}">${o} ${n}</span>`).join('')}</p>
<h2>Since the previous run</h2>
<ul>${regressions.map((l) => `<li class="bad">REGRESSION ${esc(l)}</li>`).join('')}${fixed.map((l) => `<li class="o-PASS">FIXED ${esc(l)}</li>`).join('')}
${stillFailing.map((s) => `<li>still failing ${esc(s.label)} (since ${esc(s.since)}, ${s.runs} runs)</li>`).join('')}${regressions.length + fixed.length + stillFailing.length === 0 ? '<li>No changes.</li>' : ''}</ul>
<h2>Pass rate per block</h2>
<table><tr><th>Block</th><th>Passed</th><th>Rate</th></tr>${blockRows.join('')}</table>
<h2>Trend</h2>
<table><tr><th>Run</th><th>Passed</th><th>Unexpected</th><th>Rate</th></tr>${points.map((p) => `<tr><td>${esc(p.startedAt)}</td><td>${p.passed}/${p.total}</td><td>${p.unexpected}</td><td>${rate(p.passed, p.total)}</td></tr>`).join('')}</table>
<h2>Results</h2>
<p><label>Outcome <select id="f-outcome"><option value="">all</option><option value="unexpected">unexpected</option>${options}</select></label>
<label>Filter <input id="f-text" type="search" placeholder="program, detail"></label></p>
<table id="results"><thead><tr><th>Program</th><th>Outcome</th><th>Change</th><th>Detail</th><th>Build ms</th><th>Native ms</th><th>Node ms</th><th>Exe bytes</th></tr></thead>
<tbody>${report.results.map(resultRow).join('\n')}</tbody></table>
<h2>Unexpected outcomes</h2>
${report.results.filter((r) => !r.expected).map(failureSection).join('\n') || '<p>None.</p>'}
<h2>Stderr normalisations</h2>
<ul>${report.normalisations.map((n) => `<li><code>${esc(n.name)}</code>: ${esc(n.description)}</li>`).join('')}</ul>
${report.problems.length === 0 ? '' : `<h2>Corpus problems</h2><ul>${report.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul>`}
${report.orphans.length === 0 ? '' : `<h2>Orphans (remove with --prune)</h2><ul>${report.orphans.map((o) => `<li><code>${esc(o.file)}</code>: ${esc(o.reason)}</li>`).join('')}</ul>`}
<script>${SCRIPT}</script>
</body></html>
`;
}
