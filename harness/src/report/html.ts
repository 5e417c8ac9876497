/**
 * `reports/latest/index.html`: one self-contained page (inline CSS and script, no external resource)
 * with the verdict and outcome counts, warnings (Node version drift, corpus problems, orphans), what
 * changed since the previous run, the pass rate per corpus block, each unexpected outcome with a
 * side-by-side diff, a table of every result filterable by outcome, block and text, the trend over
 * the kept history, the stderr normalisations and the environment. Times of day appear only in the
 * environment section; elsewhere ages are durations, so a page reads the same whenever it is opened.
 */
import { OUTCOMES, type Outcome } from '../outcomes.ts';
import { changeRows, formatElapsed, streakText } from './changes.ts';
import { escapeMarkup as esc } from './escape.ts';
import { SCRIPT, STYLE } from './html-assets.ts';
import { mismatchHtml } from './html-diff.ts';
import { caseAnchor, groupOfLabel, groupsHtml, reproHtml } from './html-groups.ts';
import type { FailureGroup, ProgramResult, Report } from './model.ts';
import { OUTCOME_MEANING } from './outcome-meaning.ts';
import { commandText, parityLine } from './summary.ts';
import { passRate, tallyBlocks, tallyOf, type Tally } from './tally.ts';
import { selectionOf, trendPointOf, type TrendPoint } from './trend.ts';

/** Badge colour class of an outcome: green PASS, grey XFAIL, red for the rest. */
function tone(outcome: Outcome): 'ok' | 'x' | 'bad' {
  return outcome === 'PASS' ? 'ok' : outcome === 'XFAIL' ? 'x' : 'bad';
}

function badge(outcome: Outcome): string {
  return `<span class="badge b-${tone(outcome)}" title="${esc(OUTCOME_MEANING[outcome])}">${outcome}</span>`;
}

function changeBadge(change: string): string {
  return `<span class="badge c-${change}">${change}</span>`;
}

/** Stacked bar (PASS green, XFAIL grey, unexpected red) and the pass rate. */
function rateBar(t: Pick<Tally, 'total' | 'passed' | 'xfail' | 'unexpected'>): string {
  const w = (n: number): string => (t.total === 0 ? '0' : ((100 * n) / t.total).toFixed(2));
  return `<div class="rate"><div class="bar" title="${t.passed} PASS, ${t.xfail} XFAIL, ${t.unexpected} unexpected">`
    + `<span class="p" style="width:${w(t.passed)}%"></span><span class="x" style="width:${w(t.xfail)}%"></span>`
    + `<span class="u" style="width:${w(t.unexpected)}%"></span></div>${passRate(t.passed, t.total)}</div>`;
}

function header(report: Report): string {
  const { totals, options, environment: env } = report;
  const verdict = totals.unexpected === 0
    ? `<span class="verdict green">all ${totals.total} outcomes expected</span>`
    : `<span class="verdict red">${totals.unexpected} unexpected</span>`;
  const sub = [
    `${totals.total} program run${totals.total === 1 ? '' : 's'}: ${esc(selectionOf(options))}`,
    options.reference ? `against Node ${esc(env.node ?? '?')}` : 'goldens only (--no-reference)',
    `compiler ${esc(env.compilerRevision)}`,
    `${options.jobs} jobs`,
    `wall ${(report.wallMs / 1000).toFixed(1)} s`,
  ].join(' · ');
  const tiles = OUTCOMES.map((o) => {
    const n = totals.byOutcome[o] ?? 0;
    return `<a class="tile t-${tone(o)}${n === 0 ? ' zero' : ''}" href="#results" data-set-outcome="${o}" title="show ${o} results">`
      + `<b>${n}</b>${o}<br><span>${esc(OUTCOME_MEANING[o])}</span></a>`;
  });
  return `<h1>${esc(parityLine(totals))} ${verdict}</h1><p class="sub">${sub}</p><div class="tiles">${tiles.join('')}</div>`;
}

function nav(report: Report, unexpected: number, changes: number): string {
  const links = [
    ['changes', `Changes (${changes})`], ['blocks', 'Blocks'], ['groups', `Failure groups (${report.groups?.length ?? 0})`], ['unexpected', `Unexpected (${unexpected})`],
    ['results', `All results (${report.results.length})`], ['trend', 'Trend'], ['normalisations', 'Normalisations'], ['environment', 'Environment'],
  ];
  return `<nav>${links.map(([id, text]) => `<a href="#${id}">${text}</a>`).join('')}</nav>`;
}

function warnings(report: Report): string {
  const out: string[] = [];
  const env = report.environment;
  if (env.node !== null && env.recordedNode !== null && env.node !== env.recordedNode) {
    out.push(`<div class="banner warn">The reference Node is ${esc(env.node)}, but the transcripts were recorded with ${esc(env.recordedNode)}: `
      + 'GOLDEN-STALE outcomes may come from the Node upgrade rather than the compiler.</div>');
  }
  if (report.problems.length > 0) {
    out.push(`<div class="banner warn"><b>Corpus problems</b> (the run fails until they are fixed)<ul>${report.problems.map((p) => `<li>${esc(p)}</li>`).join('')}</ul></div>`);
  }
  if (report.orphans.length > 0) {
    out.push(`<div class="banner warn"><b>Orphans</b> (goldens or transcripts of no corpus program; remove with --prune)<ul>`
      + `${report.orphans.map((o) => `<li><code>${esc(o.file)}</code>: ${esc(o.reason)}</li>`).join('')}</ul></div>`);
  }
  return out.join('');
}

function changesSection(report: Report): string {
  const rows = changeRows(report);
  const intro = '<p class="muted">Each program is compared with the most recent earlier run that ran it (under the same label).</p>';
  if (rows.length === 0) return `${intro}<p>No changes: no program regressed, got fixed or is still failing.</p>`;
  const body = rows.map((c) => {
    const name = c.expected ? `<code>${esc(c.label)}</code>` : `<a href="#${caseAnchor(c.label)}"><code>${esc(c.label)}</code></a>`;
    return `<tr><td>${changeBadge(c.change)}</td><td>${name}</td><td>${badge(c.outcome)}</td>`
      + `<td>${c.previousOutcome === undefined ? '<span class="muted">not run before</span>' : badge(c.previousOutcome)}</td>`
      + `<td>${esc(streakText(c))}</td></tr>`;
  });
  return `${intro}<table><thead><tr><th>Change</th><th>Program</th><th>Now</th><th>Before</th><th>Failing for</th></tr></thead>`
    + `<tbody>${body.join('')}</tbody></table>`;
}

function blocksSection(report: Report): string {
  const row = (t: Tally, total: boolean): string => {
    const name = total ? 'all blocks' : `<a href="#results" data-set-block="${esc(t.name)}" title="show this block's results">${esc(t.name)}</a>`;
    return `<tr${total ? ' class="total"' : ''}><td>${name}</td><td class="n">${t.total}</td><td class="n">${t.passed}</td>`
      + `<td class="n">${t.xfail}</td><td class="n">${t.unexpected}</td><td>${rateBar(t)}</td></tr>`;
  };
  const blocks = tallyBlocks(report.results);
  return '<table><thead><tr><th>Block</th><th class="n">Programs</th><th class="n">PASS</th><th class="n">XFAIL</th>'
    + '<th class="n">Unexpected</th><th>Pass rate (PASS / programs)</th></tr></thead>'
    + `<tbody>${blocks.map((t) => row(t, false)).join('')}${blocks.length > 1 ? row(tallyOf('all', report.results), true) : ''}</tbody></table>`;
}

function caseSection(r: ProgramResult, groups: ReadonlyMap<string, FailureGroup>): string {
  const meta: string[] = [];
  if (r.expectation !== undefined) meta.push(`corpus/expectations.json says ${esc(r.expectation.outcome)}: ${esc(r.expectation.reason)}`);
  if (r.rawOutcome !== r.outcome) meta.push(`outcome before expectations: ${esc(r.rawOutcome)}`);
  if (r.capped.length > 0) meta.push(`output cap hit: ${esc(r.capped.join(', '))}`);
  if (r.kept !== undefined) meta.push(`kept for reproduction in <code>${esc(r.kept)}</code>`);
  const parts = [
    `<article class="case" id="${caseAnchor(r.label)}"><h3>${badge(r.outcome)}<code>${esc(r.label)}</code>${r.change === undefined ? '' : changeBadge(r.change)}</h3>`,
    `<p class="detail">${esc(r.detail)}</p>`,
    ...meta.map((m) => `<p class="meta">${m}</p>`),
    reproHtml(r, groups),
    ...r.mismatches.map(mismatchHtml),
  ];
  if (r.diagnostics !== undefined) parts.push('<h4>tsn build diagnostics</h4>', `<pre>${esc(r.diagnostics)}</pre>`);
  return `${parts.join('')}</article>`;
}

function unexpectedSection(bad: readonly ProgramResult[], groups: readonly FailureGroup[]): string {
  if (bad.length === 0) return '<p>None: every outcome is PASS or XFAIL.</p>';
  const index = `<ul class="index">${bad.map((r) => `<li>${badge(r.outcome)} <a href="#${caseAnchor(r.label)}"><code>${esc(r.label)}</code></a></li>`).join('')}</ul>`;
  const byLabel = groupOfLabel(groups);
  return index + bad.map((r) => caseSection(r, byLabel)).join('\n');
}

function resultRow(r: ProgramResult, i: number): string {
  const name = r.expected ? `<code>${esc(r.label)}</code>` : `<a href="#${caseAnchor(r.label)}"><code>${esc(r.label)}</code></a>`;
  const d = r.durations;
  const ms = (v: number): string => `<td class="n" data-v="${Math.round(v)}">${Math.round(v)}</td>`;
  const streak = r.failingRuns !== undefined && r.failingRuns > 1 ? ` <span class="muted">${r.failingRuns} runs</span>` : '';
  return `<tr data-i="${i}" data-outcome="${r.outcome}" data-expected="${r.expected}" data-block="${esc(r.block)}" data-change="${r.change ?? ''}"`
    + `${r.expected ? '' : ' class="unexp"'}><td>${name}</td><td data-v="${OUTCOMES.indexOf(r.outcome)}">${badge(r.outcome)}</td>`
    + `<td data-v="${r.change ?? ''}">${r.change === undefined ? '' : changeBadge(r.change)}${streak}</td><td class="detail">${esc(r.detail)}</td>`
    + `<td class="n" data-v="${Math.round(d.buildMs)}">${Math.round(d.buildMs)}${r.cached ? ' <span class="muted">cached</span>' : ''}</td>`
    + `${ms(d.nativeMs)}${ms(d.referenceMs)}<td class="n" data-v="${r.sizes.exeBytes ?? -1}">${r.sizes.exeBytes === undefined ? '' : (r.sizes.exeBytes / 1024).toFixed(0)}</td></tr>`;
}

function resultsSection(report: Report): string {
  const counts = report.totals.byOutcome;
  const outcomeOptions = OUTCOMES.filter((o) => counts[o] !== undefined).map((o) => `<option value="${o}">${o} (${counts[o]})</option>`).join('');
  const blockOptions = tallyBlocks(report.results).map((t) => `<option value="${esc(t.name)}">${esc(t.name)} (${t.total})</option>`).join('');
  const changed = report.results.filter((r) => r.change !== undefined).length;
  const filters = '<div class="filters">'
    + `<label>Outcome <select id="f-outcome"><option value="">any</option><option value="unexpected">unexpected (${report.totals.unexpected})</option>`
    + `<option value="changed">changed since previous run (${changed})</option>${outcomeOptions}</select></label>`
    + `<label>Block <select id="f-block"><option value="">any</option>${blockOptions}</select></label>`
    + '<label>Text <input id="f-text" type="search" placeholder="program, detail, REGRESSION…"></label>'
    + `<button type="button" id="f-clear">Clear</button><span id="f-count" class="muted">all ${report.results.length} shown</span></div>`;
  const head = '<thead><tr><th data-sort="text">Program</th><th data-sort="num">Outcome</th><th data-sort="text">Change</th><th>Detail</th>'
    + '<th class="n" data-sort="num">Build ms</th><th class="n" data-sort="num">Native ms</th><th class="n" data-sort="num">Node ms</th>'
    + '<th class="n" data-sort="num">Exe KiB</th></tr></thead>';
  return `${filters}<table id="results">${head}<tbody>${report.results.map(resultRow).join('\n')}</tbody></table>`
    + '<p class="muted">Click a column heading to sort. Build ms is the wall time to get the executable (near 0 when cached); Node ms is the reference run.</p>';
}

function trendSection(report: Report, trend: readonly TrendPoint[]): string {
  const now = Date.parse(report.startedAt);
  const current = trendPointOf(report);
  const points = [current, ...trend];
  const rows = points.map((p, i) => {
    const ago = Date.parse(p.startedAt);
    const when = i === 0 ? 'this run' : Number.isFinite(ago) && Number.isFinite(now) ? `${formatElapsed(Math.max(0, now - ago))} earlier` : `${i} runs earlier`;
    const other = p.selection !== current.selection;
    return `<tr${other ? ' class="other" title="ran a different selection: not comparable with this run"' : ''}><td>${esc(when)}</td>`
      + `<td><code>${esc(p.revision)}</code></td><td>${esc(p.selection)}</td><td class="n">${p.passed}/${p.total}</td>`
      + `<td class="n">${p.unexpected}</td><td>${rateBar({ ...p })}</td></tr>`;
  });
  const others = points.filter((p) => p.selection !== current.selection).length;
  return `<p class="muted">This run and the ${trend.length} earlier report${trend.length === 1 ? '' : 's'} kept under reports/history/, newest first.`
    + `${others > 0 ? ` ${others} ran another selection (greyed): their rates are not comparable with this run's.` : ''}</p>`
    + '<table><thead><tr><th>Run</th><th>Compiler</th><th>Selection</th><th class="n">Passed</th><th class="n">Unexpected</th><th>Pass rate</th></tr></thead>'
    + `<tbody>${rows.join('')}</tbody></table>`;
}

function normalisationsSection(report: Report): string {
  return '<p class="muted">Applied to the stderr of both sides before comparing; nothing else is rewritten (stdout and exit codes are compared byte for byte).</p>'
    + `<table><thead><tr><th>Name</th><th>What it removes or rewrites</th></tr></thead><tbody>${report.normalisations
      .map((n) => `<tr><td><code>${esc(n.name)}</code></td><td>${esc(n.description)}</td></tr>`).join('')}</tbody></table>`;
}

function environmentSection(report: Report): string {
  const { environment: env, options } = report;
  const items: [string, string][] = [
    ['Started', report.startedAt],
    ['Finished', report.finishedAt],
    ['Wall time', `${(report.wallMs / 1000).toFixed(1)} s`],
    ['Command', commandText(report.command)],
    ['Options', `comptime=${options.comptime}, ${options.reference ? 'reference Node run' : '--no-reference'}, ${options.jobs} jobs, `
      + `timeout ${options.timeoutMs / 1000} s, output cap ${options.capBytes % 1048576 === 0 ? `${options.capBytes / 1048576} MiB` : `${options.capBytes} bytes`} per stream`],
    ['Node (reference)', env.node ?? '(not run)'],
    ['Node (transcripts recorded with)', env.recordedNode ?? '(none recorded)'],
    ['Compiler revision', env.compilerRevision],
    ['C compiler', env.cc],
    ['OS', env.os],
    ['CPUs', String(env.cpus)],
  ];
  return `<dl class="env">${items.map(([k, v]) => `<dt>${esc(k)}</dt><dd class="mono">${esc(v)}</dd>`).join('')}</dl>`;
}

/** The HTML text of `report`; `trend` lists earlier runs, newest first. Deterministic in its inputs. */
export function renderHtml(report: Report, trend: readonly TrendPoint[]): string {
  const bad = report.results.filter((r) => !r.expected);
  const changes = report.results.filter((r) => r.change !== undefined).length;
  const section = (id: string, title: string, body: string): string => `<section id="${id}"><h2>${title}</h2>${body}</section>`;
  return `<!DOCTYPE html>
<html lang="en"><head><meta charset="utf-8"><meta name="viewport" content="width=device-width,initial-scale=1">
<title>${esc(parityLine(report.totals))}</title><style>${STYLE}</style></head>
<body>
${header(report)}
${nav(report, bad.length, changes)}
${warnings(report)}
${section('changes', 'Changes since the previous run', changesSection(report))}
${section('blocks', 'Pass rate per block', blocksSection(report))}
${section('groups', `Failure groups (${report.groups?.length ?? 0})`, groupsHtml(report.groups ?? [], badge))}
${section('unexpected', `Unexpected outcomes (${bad.length})`, unexpectedSection(bad, report.groups ?? []))}
${section('results', 'All results', resultsSection(report))}
${section('trend', 'Trend', trendSection(report, trend))}
${section('normalisations', 'Stderr normalisations', normalisationsSection(report))}
${section('environment', 'Environment', environmentSection(report))}
<script>${SCRIPT}</script>
</body></html>
`;
}
