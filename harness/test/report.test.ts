import assert from 'node:assert/strict';
import { execa } from 'execa';
import { spawnSync } from 'node:child_process';
import { mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { layoutOf } from '../src/layout.ts';
import { annotateChanges, HISTORY_LIMIT, loadPreviousReports } from '../src/report/history.ts';
import { OUTCOMES } from '../src/outcomes.ts';
import { changeRows, formatElapsed, streakText } from '../src/report/changes.ts';
import { SCRIPT } from '../src/report/html-assets.ts';
import { CONTEXT_LINES, mismatchHtml } from '../src/report/html-diff.ts';
import { renderHtml } from '../src/report/html.ts';
import { renderJunit } from '../src/report/junit.ts';
import { MARKDOWN_DIFF_LINES, renderMarkdown } from '../src/report/markdown.ts';
import type { ReportedMismatch } from '../src/report/model.ts';
import { commandText, parityLine, totalsOf } from '../src/report/summary.ts';
import { passRate } from '../src/report/tally.ts';
import { trendPointOf } from '../src/report/trend.ts';
import { publishReports, sweepStaleStaging } from '../src/report/write.ts';
import { FIXTURES } from './support/fixture-root.ts';
import { sampleReport, sampleResult } from './support/sample-report.ts';

const RESULTS = [
  sampleResult('examples/0001-a', 'examples/0000-0099', 'PASS'),
  sampleResult('examples/0002-b', 'examples/0000-0099', 'FAIL'),
  sampleResult('examples/0601-c', 'examples/0600-0699', 'CRASH', { diagnostics: 'killed\u0001 by SIGSEGV' }),
  sampleResult('examples/0602-d', 'examples/0600-0699', 'XFAIL'),
  sampleResult('examples/0603-e', 'examples/0600-0699', 'NEW'),
];

describe('report: renderers', () => {
  let dir: string;
  before(async () => {
    dir = await mkdtemp(path.join(os.tmpdir(), 'parity-report-'));
  });
  after(async () => {
    await rm(dir, { recursive: true, force: true });
  });

  it('prints the Parity line with every non-zero outcome count in closed-set order', () => {
    assert.equal(parityLine(totalsOf(RESULTS)), 'Parity 1/5 (PASS 1, FAIL 1, CRASH 1, XFAIL 1, NEW 1)');
    assert.equal(parityLine(totalsOf([])), 'Parity 0/0');
  });

  it('writes JUnit XML that validates against the JUnit schema, with a suite per block', async () => {
    const xml = renderJunit(sampleReport(RESULTS));
    const file = path.join(dir, 'junit.xml');
    await writeFile(file, xml);
    const check = await execa('xmllint', ['--noout', '--schema', path.join(FIXTURES, 'junit.xsd'), file], { reject: false });
    assert.equal(check.exitCode, 0, `xmllint: ${check.stderr}`);
    assert.match(xml, /<testsuites name="parity" tests="5" failures="2" errors="1" skipped="1" time="1\.234">/);
    assert.match(xml, /<testsuite name="examples\/0000-0099" tests="2" failures="1" errors="0" skipped="0"/);
    assert.match(xml, /<testsuite name="examples\/0600-0699" tests="3" failures="1" errors="1" skipped="1"/);
    assert.match(xml, /<failure message="FAIL: FAIL &lt;detail&gt; &amp; &quot;quotes&quot;" type="FAIL">--- a/);
    assert.match(xml, /<error message="CRASH: [^"]*" type="CRASH">killed\\u0001 by SIGSEGV<\/error>/);
    assert.match(xml, /<testcase classname="examples\/0600-0699" name="examples\/0602-d" time="0\.060">\n\s*<skipped message="XFAIL: fine"\/>/);
  });

  it('writes a self-contained HTML page: verdict, outcome tiles, block rates, filter, case sections', () => {
    const html = renderHtml(sampleReport(RESULTS), []);
    assert.doesNotMatch(html, /\s(src|href)="(https?:)?\/\/|<link\b|@import|<script\s+src/);
    assert.match(html, /<title>Parity 1\/5 \(PASS 1, FAIL 1, CRASH 1, XFAIL 1, NEW 1\)<\/title>/);
    assert.match(html, /<span class="verdict red">3 unexpected<\/span>/);
    assert.equal([...html.matchAll(/<a class="tile /g)].length, OUTCOMES.length, 'a tile for every outcome, zeros included');
    assert.match(html, /<a class="tile t-bad zero" href="#results" data-set-outcome="TIMEOUT"[^>]*><b>0<\/b>TIMEOUT/);
    assert.match(html, /data-set-block="examples\/0000-0099"[^>]*>examples\/0000-0099<\/a><\/td><td class="n">2<\/td><td class="n">1<\/td><td class="n">0<\/td><td class="n">1<\/td>/);
    assert.match(html, /<tr class="total"><td>all blocks<\/td><td class="n">5<\/td><td class="n">1<\/td><td class="n">1<\/td><td class="n">3<\/td><td>.*?20\.0%<\/div>/);
    assert.match(html, /<option value="unexpected">unexpected \(3\)<\/option>/);
    assert.match(html, /<option value="examples\/0600-0699">examples\/0600-0699 \(3\)<\/option>/);
    assert.match(html, /<article class="case" id="r-examples_0002-b">/);
    assert.match(html, /<a href="#r-examples_0002-b"><code>examples\/0002-b<\/code><\/a>/);
    assert.match(html, /<tr class="k-changed"><td class="ln">2<\/td><td class="l">1\.5<\/td><td class="ln">2<\/td><td class="r">1\.50000001 &lt;&amp;&gt;<\/td><\/tr>/);
    assert.match(html, /<h4>tsn build diagnostics<\/h4><pre>killed\\u0001 by SIGSEGV<\/pre>/);
  });

  it('keeps times of day in the environment section only, and renders the same report identically', () => {
    const report = sampleReport([sampleResult('a', 'b', 'FAIL', { change: 'STILL-FAILING', previousOutcome: 'FAIL', failingSince: '2026-01-01T00:00:00.000Z', failingRuns: 4 })]);
    const trend = [trendPointOf(sampleReport([], '2026-01-02T01:04:05.678Z'))];
    const html = renderHtml(report, trend);
    const md = renderMarkdown(report);
    const times = /\d{4}-\d\d-\d\dT\d\d:\d\d/g;
    for (const [text, env] of [[html, html.indexOf('<section id="environment">')], [md, md.indexOf('### Environment')]] as const) {
      assert.ok(env > 0);
      assert.ok([...text.matchAll(times)].length > 0);
      for (const m of text.matchAll(times)) assert.ok((m.index ?? 0) > env, `time outside the environment: ...${text.slice((m.index ?? 0) - 60, (m.index ?? 0) + 20)}`);
    }
    assert.match(html, /<td>2 h earlier<\/td>/);
    assert.match(html, /<td>4 runs, 1 d 3 h<\/td>/);
    assert.equal(renderHtml(report, trend), html);
    assert.equal(renderMarkdown(report), md);
  });

  it('ships a filter script that parses, and marks trend runs of another selection as not comparable', () => {
    assert.doesNotThrow(() => new Function(SCRIPT));
    const report = sampleReport(RESULTS);
    const other = sampleReport([sampleResult('x', 'b', 'PASS')], '2026-01-02T03:00:00.000Z');
    const html = renderHtml(report, [trendPointOf({ ...other, options: { ...other.options, names: ['examples/06'] } }), trendPointOf(other)]);
    assert.match(html, /<tr class="other" [^>]*><td>4 min earlier<\/td><td><code>abc<\/code><\/td><td>examples\/06 \(comptime=on\)<\/td><td class="n">1\/1<\/td>/);
    assert.match(html, /<tr><td>4 min earlier<\/td><td><code>abc<\/code><\/td><td>whole corpus \(comptime=on\)<\/td>/);
    assert.match(html, /1 ran another selection \(greyed\)/);
  });

  it('lists changes with the outcome before and the age of each failure streak', () => {
    const results = [
      sampleResult('z-new', 'b', 'CRASH', { change: 'REGRESSION', failingSince: '2026-01-02T03:04:05.678Z', failingRuns: 1 }),
      sampleResult('a-old', 'b', 'TIMEOUT', { change: 'STILL-FAILING', previousOutcome: 'FAIL', failingSince: '2026-01-02T02:59:00.000Z', failingRuns: 3 }),
      sampleResult('m-fixed', 'b', 'PASS', { change: 'FIXED', previousOutcome: 'GOLDEN-STALE' }),
      sampleResult('b-broke', 'b', 'FAIL', { change: 'REGRESSION', previousOutcome: 'PASS', failingSince: '2026-01-02T03:04:05.678Z', failingRuns: 1 }),
    ];
    const report = sampleReport(results);
    assert.deepEqual(changeRows(report).map((c) => [c.change, c.label, c.previousOutcome, streakText(c)]), [
      ['REGRESSION', 'b-broke', 'PASS', 'first seen now'],
      ['REGRESSION', 'z-new', undefined, 'first seen now'],
      ['FIXED', 'm-fixed', 'GOLDEN-STALE', ''],
      ['STILL-FAILING', 'a-old', 'FAIL', '3 runs, 5 min'],
    ]);
    const html = renderHtml(report, []);
    assert.match(html, /<span class="badge c-REGRESSION">REGRESSION<\/span><\/td><td><a href="#r-z-new"><code>z-new<\/code><\/a><\/td><td><span class="badge b-bad"[^>]*>CRASH<\/span><\/td><td><span class="muted">not run before<\/span><\/td>/);
    assert.match(html, /<td><code>m-fixed<\/code><\/td><td><span class="badge b-ok"[^>]*>PASS<\/span><\/td><td><span class="badge b-bad"[^>]*>GOLDEN-STALE<\/span>/);
    const md = renderMarkdown(report);
    assert.match(md, /\| \*\*REGRESSION\*\* \| `b-broke` \| FAIL \| PASS \| first seen now \|/);
    assert.match(md, /\| STILL-FAILING \| `a-old` \| TIMEOUT \| FAIL \| 3 runs, 5 min \|/);
    assert.match(renderMarkdown(sampleReport([])), /No changes: no program regressed, got fixed or is still failing\./);
  });

  it('rounds pass rates down unless complete, formats ages and quotes the command line', () => {
    assert.equal(passRate(1999, 2000), '99.9%');
    assert.equal(passRate(2000, 2000), '100.0%');
    assert.equal(passRate(1, 3), '33.3%');
    assert.equal(passRate(0, 0), 'n/a');
    assert.deepEqual([999, 59_999, 60_000, 3_600_000, 3_660_000, 86_400_000, 90_000_000].map(formatElapsed),
      ['0 s', '59 s', '1 min', '1 h', '1 h 1 min', '1 d', '1 d 1 h']);
    assert.equal(commandText(['-name=examples/00,examples/05', '--jobs', '2', 'a b', '']), 'npm run parity -- -name=examples/00,examples/05 --jobs 2 "a b" ""');
  });

  it('writes Markdown with the verdict, totals and block-rate tables, and unexpected outcomes with their diffs', () => {
    const md = renderMarkdown(sampleReport(RESULTS));
    assert.match(md, /^## Parity 1\/5 \(PASS 1, FAIL 1, CRASH 1, XFAIL 1, NEW 1\)\n\n\*\*3 unexpected outcomes\.\*\* Ran whole corpus \(comptime=on\) against Node v24\.21\.0/);
    assert.match(md, /\| FAIL \| 1 \| native output, exit code or fold report differs \|\n/);
    assert.doesNotMatch(md, /\| TIMEOUT \|/);
    assert.match(md, /\| \*\*Total\*\* \| \*\*5\*\* \| 1 PASS \+ 1 XFAIL expected, 3 unexpected \|/);
    assert.match(md, /\| examples\/0600-0699 \| 3 \| 0 \| 1 \| 2 \| 0\.0% \|\n\| \*\*all blocks\*\* \| \*\*5\*\* \| \*\*1\*\* \| \*\*1\*\* \| \*\*3\*\* \| \*\*20\.0%\*\* \|/);
    assert.match(md, /\| `examples\/0002-b` \| FAIL \| FAIL &lt;detail&gt; &amp; "quotes" \|/);
    assert.match(md, /<details><summary>FAIL examples\/0002-b<\/summary>\n\n```diff\n--- a/);
    assert.match(md, /<details><summary>CRASH examples\/0601-c<\/summary>\n\n```\nkilled\u0001 by SIGSEGV\n```/);
    assert.match(md, /- `node-stack-frames`: removes frames/);
  });

  it('cuts long diffs in Markdown and says how much is left out', () => {
    const patch = `--- a\n+++ b\n${Array.from({ length: MARKDOWN_DIFF_LINES + 50 }, (_, i) => `+line ${i}`).join('\n')}\n`;
    const r = sampleResult('long', 'b', 'FAIL', { mismatches: [{ aspect: 'stdout', expectedLabel: 'node', actualLabel: 'native', patch, expectedText: '', actualText: '' }] });
    const md = renderMarkdown(sampleReport([r]));
    assert.match(md, new RegExp(`\\+line ${MARKDOWN_DIFF_LINES - 3}\\n\\.\\.\\. 52 more lines in index\\.html\\n\`\`\``));
    assert.doesNotMatch(md, new RegExp(`line ${MARKDOWN_DIFF_LINES - 2}\\n`));
  });
});

describe('report: side-by-side diffs', () => {
  const mismatch = (expectedText: string, actualText: string, aspect: ReportedMismatch['aspect'] = 'stdout'): ReportedMismatch =>
    ({ aspect, expectedLabel: 'node', actualLabel: 'native', patch: '--- a\n+++ b\n@@ -1 +1 @@\n-x\n+y\n', expectedText, actualText });
  const lines = (n: number, at: number, text: string): string => `${Array.from({ length: n }, (_, i) => (i === at ? text : `same ${i + 1}`)).join('\n')}\n`;

  it('numbers lines, marks the changed words, and folds identical runs beyond the context', () => {
    const html = mismatchHtml(mismatch(lines(40, 19, 'x = 1849, 1936, 2025'), lines(40, 19, 'x = 1849, 1963, 2025')));
    assert.match(html, /<td class="ln">20<\/td><td class="l">x = 1849, <del>1936<\/del>, 2025<\/td><td class="ln">20<\/td><td class="r">x = 1849, <ins>1963<\/ins>, 2025<\/td>/);
    const folds = [...html.matchAll(/<button type="button">(\d+) identical lines hidden: show<\/button>/g)].map((m) => Number(m[1]));
    assert.deepEqual(folds, [19 - CONTEXT_LINES, 20 - CONTEXT_LINES]);
    assert.equal([...html.matchAll(/<tr class="k-same">/g)].length, 40 - 1, 'folded lines stay in the page, hidden');
    assert.match(html, /<tbody hidden><tr class="k-same"><td class="ln">1<\/td>/);
    assert.match(html, /1 line changed \(40 vs 40 lines in all\)/);
    assert.match(html, /<details><summary>Unified diff<\/summary><pre class="udiff"><span class="u-file">--- a<\/span>/);
  });

  it('leaves unrelated lines unmarked, shows one-sided lines, carriage returns and a missing final newline', () => {
    const html = mismatchHtml(mismatch('alpha\nbeta\r\nkept\n', 'completely different\nkept\nextra'));
    assert.match(html, /<td class="l">alpha<\/td><td class="ln">1<\/td><td class="r">completely different<\/td>/);
    assert.match(html, /<tr class="k-changed"><td class="ln">2<\/td><td class="l">beta<span class="ws" title="carriage return">␍<\/span><\/td><td class="ln"><\/td><td class="none"><\/td><\/tr>/);
    assert.match(html, /<tr class="k-added"><td class="ln"><\/td><td class="none"><\/td><td class="ln">3<\/td><td class="r">extra<\/td><\/tr>/);
    assert.match(html, /Only node ends with a newline; native does not\./);
    assert.match(html, /2 lines changed, 1 only in native \(3 vs 3 lines in all\)/);
  });

  it('puts terminations on one line and labels an empty side', () => {
    assert.equal(mismatchHtml(mismatch('exit code 0\n', 'signal SIGSEGV\n', 'termination')),
      '<p class="term"><b>termination</b>: node <code class="l">exit code 0</code>, native <code class="r">signal SIGSEGV</code></p>');
    assert.match(mismatchHtml(mismatch('', 'only native\n')), /<th colspan="2">node \(expected\): empty<\/th>/);
  });
});

describe('report: history and changes', () => {
  it('marks regressions, fixes and failure streaks against the latest earlier run of each label', () => {
    const older = sampleReport([sampleResult('a', 'b', 'FAIL', { failingSince: 't0', failingRuns: 2 }), sampleResult('c', 'b', 'PASS')], 't1');
    const newer = sampleReport([sampleResult('d', 'b', 'FAIL')], 't2');
    const now = [
      sampleResult('a', 'b', 'FAIL'),
      sampleResult('c', 'b', 'CRASH'),
      sampleResult('d', 'b', 'PASS'),
      sampleResult('e', 'b', 'TIMEOUT'),
      sampleResult('f', 'b', 'PASS'),
    ];
    const { results, changes } = annotateChanges(now, [newer, older], 't3');
    assert.deepEqual(changes, { regressions: ['c', 'e'], fixed: ['d'], stillFailing: [{ label: 'a', since: 't0', runs: 3 }] });
    assert.deepEqual(results.map((r) => [r.change, r.failingSince, r.failingRuns]), [
      ['STILL-FAILING', 't0', 3], ['REGRESSION', 't3', 1], ['FIXED', undefined, undefined], ['REGRESSION', 't3', 1], [undefined, undefined, undefined],
    ]);
    assert.deepEqual(results.map((r) => r.previousOutcome), ['FAIL', 'PASS', 'FAIL', undefined, undefined]);
    assert.ok(!('previousOutcome' in results[3]), 'a program never run before has no previous outcome');
  });

  it('publishes reports/latest atomically, moves the previous one to history, and bounds history', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'parity-history-'));
    try {
      const layout = layoutOf(root);
      for (let i = 0; i < HISTORY_LIMIT + 3; i++) {
        const previous = await loadPreviousReports(layout);
        const started = new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString();
        await publishReports(layout, sampleReport([sampleResult('a', 'b', 'PASS')], started), previous, []);
      }
      assert.deepEqual((await readdir(path.join(root, 'reports'))).sort(), ['history', 'latest']);
      assert.deepEqual((await readdir(path.join(root, 'reports', 'latest'))).sort(), ['index.html', 'junit.xml', 'report.json', 'summary.md']);
      const history = (await readdir(path.join(root, 'reports', 'history'))).sort();
      assert.equal(history.length, HISTORY_LIMIT);
      assert.match(history[history.length - 1], /^2026-01-01T00-00-21-000Z-\d+$/);
      const latest = JSON.parse(await readFile(path.join(root, 'reports', 'latest', 'report.json'), 'utf8'));
      assert.equal(latest.startedAt, '2026-01-01T00:00:22.000Z');
      assert.equal((await loadPreviousReports(layout)).length, HISTORY_LIMIT + 1);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});

describe('report: publishing under concurrency and after kill -9', () => {
  it('publishes eight concurrent runs without losing a report: one in latest/, the others in history/', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'parity-concurrent-'));
    try {
      const layout = layoutOf(root);
      const starts = Array.from({ length: 8 }, (_, i) => new Date(Date.UTC(2026, 0, 1, 0, 0, i)).toISOString());
      await Promise.all(starts.map((s) => publishReports(layout, sampleReport([sampleResult('a', 'b', 'PASS')], s), [], [])));
      const reports = await loadPreviousReports(layout);
      assert.deepEqual(reports.map((r) => r.startedAt).sort(), starts);
      assert.deepEqual((await readdir(path.join(root, 'reports'))).sort(), ['history', 'latest']);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });

  it('sweeps the staging folders of dead runs, keeps those of live ones', async () => {
    const root = await mkdtemp(path.join(os.tmpdir(), 'parity-staging-'));
    try {
      const layout = layoutOf(root);
      const dead = spawnSync(process.execPath, ['-e', '']).pid as number;
      await mkdir(path.join(root, 'reports', `.latest.${dead}.0123abcd.tmp`, 'kept'), { recursive: true });
      await mkdir(path.join(root, 'reports', `.latest.${process.ppid}.0123abcd.tmp`), { recursive: true });
      assert.deepEqual(await sweepStaleStaging(layout), [`reports/.latest.${dead}.0123abcd.tmp`]);
      assert.deepEqual(await readdir(path.join(root, 'reports')), [`.latest.${process.ppid}.0123abcd.tmp`]);
    } finally {
      await rm(root, { recursive: true, force: true });
    }
  });
});
