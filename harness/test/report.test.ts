import assert from 'node:assert/strict';
import { execa } from 'execa';
import { mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { layoutOf } from '../src/layout.ts';
import { annotateChanges, HISTORY_LIMIT, loadPreviousReports } from '../src/report/history.ts';
import { renderHtml } from '../src/report/html.ts';
import { renderJunit } from '../src/report/junit.ts';
import { renderMarkdown } from '../src/report/markdown.ts';
import { parityLine, totalsOf } from '../src/report/summary.ts';
import { publishReports } from '../src/report/write.ts';
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

  it('writes a self-contained HTML page with totals, block rates, a filter and side-by-side diffs', () => {
    const html = renderHtml(sampleReport(RESULTS), [{ startedAt: '2026-01-01T00:00:00.000Z', passed: 0, total: 4, unexpected: 4 }]);
    assert.doesNotMatch(html, /\s(src|href)="(https?:)?\/\//);
    assert.match(html, /<title>Parity 1\/5 \(PASS 1, FAIL 1, CRASH 1, XFAIL 1, NEW 1\)<\/title>/);
    assert.match(html, /<td>examples\/0000-0099<\/td><td>1\/2<\/td>/);
    assert.match(html, /<select id="f-outcome">/);
    assert.match(html, /<tr class="k-same"><td>same<\/td><td>same<\/td><\/tr><tr class="k-changed"><td>1\.5<\/td><td>1\.50000001 &lt;&amp;&gt;<\/td><\/tr>/);
    assert.match(html, /<td>2026-01-01T00:00:00\.000Z<\/td><td>0\/4<\/td>/);
    assert.match(html, /id="r-examples_0002-b"/);
  });

  it('writes Markdown with the Parity heading, unexpected outcomes and their diffs', () => {
    const md = renderMarkdown(sampleReport(RESULTS));
    assert.match(md, /^## Parity 1\/5 /);
    assert.match(md, /\| examples\/0002-b \| FAIL \| FAIL <detail> & "quotes" \|/);
    assert.match(md, /<details><summary>FAIL examples\/0002-b<\/summary>\n\n```diff\n--- a/);
    assert.match(md, /- `node-stack-frames`: removes frames/);
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
