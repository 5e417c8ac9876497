import assert from 'node:assert/strict';
import { existsSync } from 'node:fs';
import { chmod, cp, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import os from 'node:os';
import path from 'node:path';
import { UsageError } from '../src/args.ts';
import type { NativeBuilder } from '../src/builder.ts';
import { parseNightlyArgs, DEFAULT_FUZZ_SECONDS } from '../src/nightly/args.ts';
import { isNightlyDate, seedOfDate } from '../src/nightly/date.ts';
import { findFlaky, markFlaky, summarizeGate } from '../src/nightly/gate-summary.ts';
import { nightlyMain } from '../src/nightly/main.ts';
import { renderNightlyMarkdown } from '../src/nightly/markdown.ts';
import type { BenchResults, NightlyRecord, TrendFile, TrendPoint } from '../src/nightly/model.ts';
import { renderLineChart } from '../src/nightly/svg.ts';
import { addTrendPoint } from '../src/nightly/trend-file.ts';
import { compareNightlies, NOISE_THRESHOLD, type Comparable } from '../src/nightly/trend.ts';
import type { Outcome } from '../src/outcomes.ts';
import { PINNED_NODE } from '../src/reference.ts';
import type { ProgramResult, Report } from '../src/report/model.ts';
import { totalsOf } from '../src/report/summary.ts';
import { fakeBuilder } from './support/fake-builder.ts';
import { captureConsole, FIXTURES, removeFixture } from './support/fixture-root.ts';

function result(label: string, outcome: Outcome, expected = outcome === 'PASS' || outcome === 'XFAIL'): ProgramResult {
  const n = Number(/(\d{4})/.exec(label)?.[1] ?? 0);
  const low = Math.floor(n / 100) * 100;
  return {
    program: label, gate: 'on', label, block: `examples/${String(low).padStart(4, '0')}-${String(low + 99).padStart(4, '0')}`, kind: 'run',
    outcome, rawOutcome: outcome, expected, detail: `${outcome} detail`, mismatches: [],
    durations: { buildMs: 0, compileMs: 0, ccMs: 0, nativeMs: 0, referenceMs: 0, totalMs: 0, overheadMs: 0 }, cached: false, sizes: {}, capped: [],
  };
}

function report(results: ProgramResult[]): Report {
  return {
    schema: 1, startedAt: '2026-01-01T00:00:00.000Z', finishedAt: '2026-01-01T00:01:00.000Z', wallMs: 60_000, command: [],
    options: { names: [], comptime: 'on', reference: true, jobs: 2, timeoutMs: 10_000, capBytes: 1 << 24 },
    environment: { node: 'v24.21.0', recordedNode: null, compilerRevision: 'abc', cc: 'cc', os: 'Linux', cpus: 2 },
    normalisations: [], totals: totalsOf(results), changes: { regressions: [], fixed: [], stillFailing: [] }, problems: [], orphans: [], results,
  };
}

async function benchFixture(name: string): Promise<BenchResults> {
  return JSON.parse(await readFile(path.join(FIXTURES, 'nightly', name), 'utf8')) as BenchResults;
}

describe('nightly: dates, seeds and options', () => {
  it('derives a readable 32-bit fuzz seed from a real calendar date', () => {
    assert.equal(seedOfDate('2026-11-21'), 20261121);
    assert.ok(seedOfDate('9999-12-31') < 2 ** 31);
    assert.equal(isNightlyDate('2026-02-29'), false);
    assert.equal(isNightlyDate('2028-02-29'), true);
    assert.equal(isNightlyDate('2026-1-01'), false);
    assert.throws(() => seedOfDate('tomorrow'), RangeError);
  });

  it('defaults to today (UTC), a time budget for the fuzzer and 3 benchmark runs', () => {
    const o = parseNightlyArgs([], new Date('2026-03-04T23:59:00Z'));
    assert.equal(o.date, '2026-03-04');
    assert.deepEqual(o.fuzz, { budget: { kind: 'seconds', seconds: DEFAULT_FUZZ_SECONDS }, seed: 20260304 });
    assert.equal(o.benchRuns, 3);
    assert.equal(o.reports, path.join(o.root, 'reports'));
  });

  it('takes a fixed fuzz program count, a seed override and skips', () => {
    const o = parseNightlyArgs(['--date', '2026-01-02', '--fuzz-runs', '7', '--fuzz-seed=-5', '--fuzz-exprs', '9', '--skip-bench']);
    assert.deepEqual(o.fuzz, { budget: { kind: 'runs', runs: 7 }, seed: -5, exprsPerProgram: 9 });
    assert.equal(o.benchRuns, undefined);
    assert.equal(parseNightlyArgs(['--skip-fuzz']).fuzz, undefined);
  });

  it('refuses bad dates, bad numbers and contradictions', () => {
    for (const argv of [['--date', '2026-13-01'], ['--fuzz-runs', '0'], ['--fuzz-runs', '3', '--fuzz-seconds', '5'],
      ['--skip-fuzz', '--fuzz-seed', '1'], ['--skip-bench', '--bench-runs', '2'], ['--fuzz-seed', '4294967296'], ['--what']]) {
      assert.throws(() => parseNightlyArgs(argv), UsageError, argv.join(' '));
    }
  });
});

describe('nightly: flaky programs and gate summaries', () => {
  const first = report([result('examples/0001-a', 'PASS'), result('examples/0002-b', 'FAIL'), result('examples/0003-c', 'CRASH'),
    result('examples/0004-d', 'XFAIL'), result('examples/0105-e', 'TIMEOUT')]);
  const rerun = report([result('examples/0002-b', 'PASS'), result('examples/0003-c', 'CRASH'), result('examples/0105-e', 'FAIL')]);

  it('calls an unexpected outcome FLAKY when its rerun ends differently', () => {
    assert.deepEqual(findFlaky(first, rerun), [
      { label: 'examples/0002-b', first: 'FAIL', rerun: 'PASS' },
      { label: 'examples/0105-e', first: 'TIMEOUT', rerun: 'FAIL' },
    ]);
  });

  it('marks flaky programs in the gate report without ever counting them as passes', () => {
    const flaky = findFlaky(first, rerun);
    const marked = markFlaky(first, flaky);
    assert.equal(marked.results[1].detail, 'FLAKY (rerun: PASS): FAIL detail');
    assert.equal(marked.results[1].outcome, 'FAIL');
    assert.deepEqual(marked.totals, first.totals);
    const summary = summarizeGate('on', 'parity-comptime-on', first, flaky, 5);
    assert.equal(summary.totals.passed, 1);
    assert.equal(summary.parityLine, 'Parity 1/5 (PASS 1, FAIL 1, CRASH 1, TIMEOUT 1, XFAIL 1)');
    assert.deepEqual(summary.blocks, [{ block: 'examples/0000-0099', passed: 1, total: 4 }, { block: 'examples/0100-0199', passed: 0, total: 1 }]);
    assert.deepEqual(summary.programs.find((p) => p.label === 'examples/0002-b'), { label: 'examples/0002-b', outcome: 'FAIL', expected: false, flaky: true });
  });
});

describe('nightly: comparison with the previous nightly', () => {
  const gate = (programs: [string, Outcome, boolean?][]): Comparable['gates'][number] =>
    summarizeGate('on', 'parity-comptime-on', report(programs.map(([l, o]) => result(l, o))), programs.filter(([, , f]) => f === true).map(([l, o]) => ({ label: l, first: o, rerun: 'PASS' })), 1);

  it('lists regressions and fixes per gate, flaky programs apart, and ignores new programs', () => {
    const before = { date: '2026-01-01', gates: [gate([['examples/0001-a', 'PASS'], ['examples/0002-b', 'FAIL'], ['examples/0003-c', 'PASS'], ['examples/0004-d', 'FAIL', true]])], bench: null, fuzz: null };
    const now = { gates: [gate([['examples/0001-a', 'CRASH'], ['examples/0002-b', 'PASS'], ['examples/0003-c', 'FAIL', true], ['examples/0004-d', 'PASS'], ['examples/0009-new', 'FAIL']])], bench: null, fuzz: null };
    const c = compareNightlies(now, before);
    assert.equal(c.previousDate, '2026-01-01');
    assert.deepEqual(c.regressions, [{ kind: 'program', subject: 'examples/0001-a [comptime=on]', text: 'PASS -> CRASH' }]);
    assert.deepEqual(c.fixes, [
      { kind: 'program', subject: 'examples/0002-b [comptime=on]', text: 'FAIL -> PASS' },
      { kind: 'program', subject: 'examples/0004-d [comptime=on]', text: 'FAIL (flaky) -> PASS' },
    ]);
    assert.deepEqual(c.flaky, ['examples/0003-c [comptime=on]: FAIL then PASS on rerun']);
  });

  it('applies the benchmark noise threshold to the ratio and the native time together', async () => {
    assert.deepEqual(NOISE_THRESHOLD, { relative: 0.1, absoluteMs: 20 });
    const bench = async (file: string): Promise<Comparable['bench']> => ({ results: await benchFixture(file), exitCode: 0, wallMs: 1 });
    const c = compareNightlies({ gates: [], bench: await bench('bench-after.json'), fuzz: null }, { date: '2026-01-01', gates: [], bench: await bench('bench-before.json'), fuzz: null });
    assert.deepEqual(c.regressions.map((r) => `${r.subject}: ${r.text}`), [
      'slower: native 1000 ms -> 1150 ms, native/node 1.00 -> 1.15 (+15%)',
      'broke: ok -> mismatch',
    ]);
    // jitter (+40% but +4 ms) and busy-machine (+100 ms, same ratio) are noise.
    assert.deepEqual(c.fixes.map((r) => `${r.subject}: ${r.text}`), [
      'faster: native 800 ms -> 600 ms, native/node 0.80 -> 0.60 (-25%)',
      'healed: compile-error -> ok',
    ]);
  });

  it('reports fuzz buckets the previous nightly did not report, and nothing without a previous nightly', () => {
    const fuzz = (buckets: string[][]): Comparable['fuzz'] => ({
      seed: 1, budget: { kind: 'runs', runs: 1 }, maxDepth: 4, exprsPerProgram: 9, cc: 'cc (test)', programs: 1, expressions: 9, searchMs: 1, expressionsPerSecond: 9,
      shrinkPrograms: 0, shrinkMs: 0, interrupted: false, wallMs: 1,
      failures: buckets.map((b) => ({ buckets: b, seed: 1, path: '0', shrinks: 0, replay: `replay ${b.join(' ')}` })),
    });
    const c = compareNightlies({ gates: [], bench: null, fuzz: fuzz([['-', '%'], ['<<']]) }, { date: 'd', gates: [], bench: null, fuzz: fuzz([['%']]) });
    assert.deepEqual(c.regressions.map((r) => r.subject), ['fuzz bucket "-"', 'fuzz bucket "<<"']);
    assert.deepEqual(compareNightlies({ gates: [], bench: null, fuzz: fuzz([['-']]) }, undefined), { previousDate: null, regressions: [], fixes: [], flaky: [] });
  });
});

describe('nightly: summary.md', () => {
  const record = (fixes: number): NightlyRecord => ({
    schema: 1, date: '2026-01-02', startedAt: 's', finishedAt: 'f', wallMs: 60_000, command: [], environment: null, gates: [], fuzz: null, bench: null,
    stages: [{ name: 'bench', wallMs: 30_000 }],
    comparison: {
      previousDate: '2026-01-01', flaky: ['examples/0003-c [comptime=on]: FAIL then PASS on rerun'],
      regressions: [{ kind: 'benchmark', subject: 'nbody', text: 'native 1 ms -> 2 ms' }],
      fixes: [...Array(fixes).keys()].map((i) => ({ kind: i === 0 ? 'benchmark' as const : 'program' as const, subject: `p${i}`, text: 'NEW -> PASS' })),
    },
  });

  it('lists regressions and flaky programs, and folds a long list of fixes', () => {
    const short = renderNightlyMarkdown(record(2));
    assert.ok(short.includes(['Compared with the nightly of 2026-01-01.', '', '- REGRESSION nbody: native 1 ms -> 2 ms',
      '- FLAKY examples/0003-c [comptime=on]: FAIL then PASS on rerun', '- IMPROVED p0: NEW -> PASS', '- FIXED p1: NEW -> PASS', ''].join('\n')), short);
    assert.doesNotMatch(short, /<details>/);
    const long = renderNightlyMarkdown(record(21));
    assert.match(long, /<details><summary>21 fixes<\/summary>\n\n- IMPROVED p0[^]*- FIXED p20: NEW -> PASS\n\n<\/details>/);
    assert.match(long, /\| bench \| 0\.5 \|\n\| total \| 1\.0 \|/);
  });
});

describe('nightly: trend file and charts', () => {
  const point = (date: string, passed: number): TrendPoint => ({
    date, startedAt: `${date}T03:00:00.000Z`, gates: [{ gate: 'on', passed, total: 10, unexpected: 10 - passed, flaky: 0 }], fuzz: null, bench: null, wallMinutes: 30,
  });

  it('keeps one point per date, sorted, and only the newest ones', () => {
    let trend: TrendFile | undefined;
    for (const d of ['2026-01-03', '2026-01-01', '2026-01-02']) trend = addTrendPoint(trend, point(d, 1), 2);
    assert.deepEqual(trend?.points.map((p) => p.date), ['2026-01-02', '2026-01-03']);
    trend = addTrendPoint(trend, point('2026-01-03', 7), 2);
    assert.deepEqual(trend.points.map((p) => [p.date, p.gates[0].passed]), [['2026-01-02', 1], ['2026-01-03', 7]]);
  });

  it('draws series as self-contained SVG, broken where a value is missing', () => {
    const svg = renderLineChart({
      title: 'Pass <rate>', labels: ['d1', 'd2', 'd3', 'd4', 'd5'], format: (v) => `${v}%`, yMin: 0, yMax: 100,
      series: [{ name: 'on', color: '#080', values: [10, 20, null, 40, 50] }, { name: 'off', color: '#008', values: [5, 5, 5, 5, 5] }],
    });
    assert.match(svg, /^<svg [^>]*viewBox="0 0 640 220"/);
    assert.ok(svg.includes('Pass &lt;rate&gt;'));
    assert.equal(svg.match(/<polyline /g)?.length, 3, 'two pieces for "on", one for "off"');
    assert.equal(svg.match(/<circle /g)?.length, 9);
    assert.ok(svg.includes('<title>on d4: 40%</title>'));
    assert.doesNotMatch(svg, /<script|href=|url\(/);
    assert.match(renderLineChart({ title: 't', labels: ['d1'], format: String, series: [{ name: 's', color: 'red', values: [null] }] }), /No data yet/);
  });
});

/**
 * The fixture's compiler: the shared fake (executables run the program under the pinned Node), with
 * `0004-xfail` printing something else and `0005-flaky` failing its first run under each gate only
 * (a state file per gate in `stateDir`). The fake executables name the program's source by its path
 * in the nightly's private root, which is gone the next night, so each nightly has its own
 * fingerprint (`night`) and does not reuse the previous night's build-cache entries.
 */
function nightlyBuilder(stateDir: string, night: string): NativeBuilder {
  const inner = fakeBuilder({ '0004-xfail': 'differ' });
  return {
    fingerprint: async () => `nightly-test-${night}`,
    async build(options) {
      const built = await inner.build(options);
      if (path.basename(options.entry) !== '0005-flaky.ts') return built;
      const state = path.join(stateDir, `flaky-${options.comptime}.ran`);
      await writeFile(options.output, `#!/bin/sh\nif [ -e '${state}' ]; then exec '${PINNED_NODE}' --experimental-strip-types '${path.resolve(options.entry)}'; fi\n`
        + `: > '${state}'\necho 'not five'\n`);
      await chmod(options.output, 0o755);
      return built;
    },
  };
}

describe('nightly: end to end on a fixture corpus', () => {
  let root: string;
  let state: string;
  before(async () => {
    root = await mkdtemp(path.join(os.tmpdir(), 'nightly-root-'));
    await cp(path.join(FIXTURES, 'nightly', 'root'), root, { recursive: true });
    state = await mkdtemp(path.join(os.tmpdir(), 'nightly-state-'));
  });
  after(async () => {
    await removeFixture(root);
    await rm(state, { recursive: true, force: true });
  });

  const nightly = async (date: string, extra: string[] = []): Promise<{ code: number; text: string; record: NightlyRecord; dir: string }> => {
    const out = captureConsole();
    const builder = nightlyBuilder(state, date);
    const code = await nightlyMain(['--root', root, '--date', date, '--jobs', '2', '--skip-bench', '--fuzz-seconds', '2', '--fuzz-exprs', '3', ...extra],
      { out, parity: { loadBuilder: async () => builder } });
    const dir = path.join(root, 'reports', 'nightly', date);
    const record = existsSync(path.join(dir, 'nightly.json')) ? JSON.parse(await readFile(path.join(dir, 'nightly.json'), 'utf8')) as NightlyRecord : undefined;
    assert.ok(record !== undefined, out.text());
    return { code, text: out.text(), record, dir };
  };
  const read = (dir: string, file: string): Promise<string> => readFile(path.join(dir, file), 'utf8');

  it('writes both gates, the fuzz result, the summary and the trend, with FLAKY programs never passing', async () => {
    const { code, text, record, dir } = await nightly('2026-01-01');
    assert.equal(code, 1, `a flaky program makes the nightly fail\n${text}`);
    assert.match(text, /fuzz seed 20260101 /);
    for (const f of ['nightly.json', 'summary.md', 'index.html', 'fuzz.json', 'fuzz.txt']) assert.ok(existsSync(path.join(dir, f)), f);
    assert.equal(existsSync(path.join(dir, 'bench.json')), false);
    for (const gate of ['on', 'off']) {
      for (const f of ['report.json', 'junit.xml', 'summary.md', 'index.html', 'console.txt']) assert.ok(existsSync(path.join(dir, `parity-comptime-${gate}`, f)), `${gate} ${f}`);
    }
    assert.deepEqual(record.gates.map((g) => [g.gate, g.parityLine, g.flaky]), ['on', 'off'].map((gate) => [gate,
      'Parity 2/6 (PASS 2, FAIL 1, GOLDEN-STALE 1, XFAIL 1, NEW 1)', [{ label: 'examples/0005-flaky', first: 'FAIL', rerun: 'PASS' }]]));
    const gateReport = JSON.parse(await read(dir, 'parity-comptime-on/report.json')) as Report;
    const flaky = gateReport.results.find((r) => r.label === 'examples/0005-flaky');
    assert.equal(flaky?.outcome, 'FAIL');
    assert.match(flaky?.detail ?? '', /^FLAKY \(rerun: PASS\): /);
    assert.equal(gateReport.totals.passed, 2);
    assert.match(await read(dir, 'parity-comptime-off/junit.xml'), /FLAKY \(rerun: PASS\)/);
    const rerun = JSON.parse(await read(dir, 'parity-comptime-on/rerun-report.json')) as Report;
    assert.deepEqual(rerun.results.map((r) => r.label), ['examples/0003-fixed', 'examples/0005-flaky'], 'unexpected outcomes rerun, NEW excepted');
    assert.deepEqual(record.comparison, { previousDate: null, regressions: [], fixes: [], flaky: [
      'examples/0005-flaky [comptime=on]: FAIL then PASS on rerun', 'examples/0005-flaky [comptime=off]: FAIL then PASS on rerun'] });
    assert.equal(record.fuzz?.seed, 20260101);
    assert.equal(record.fuzz?.interrupted, true, 'an unbounded program count ends at the time budget');
    const summary = await read(dir, 'summary.md');
    assert.match(summary, /\| comptime=on \| Parity 2\/6 \(PASS 2, FAIL 1, GOLDEN-STALE 1, XFAIL 1, NEW 1\) \| 3 \| 1 \|/);
    assert.match(summary, /\| examples\/0000-0099 \| 2\/6 \(33\.3%\) \| 2\/6 \(33\.3%\) \|/);
    assert.match(summary, /Comptime fuzz: \d+ expressions\/s \(seed 20260101: /);
    assert.match(summary, /No previous nightly: this run is the baseline\./);
    const trend = JSON.parse(await read(path.join(root, 'reports'), 'trend.json')) as TrendFile;
    assert.deepEqual(trend.points.map((p) => [p.date, p.gates.map((g) => `${g.passed}/${g.total} flaky ${g.flaky}`)]), [['2026-01-01', ['2/6 flaky 1', '2/6 flaky 1']]]);
  });

  it('compares the next nightly with it: regressions, fixes, the gate reports\' own changes and the trend plot', async () => {
    await writeFile(path.join(root, 'goldens', 'examples', '0002-regresses.out'), 'zwei\n');
    await writeFile(path.join(root, 'goldens', 'examples', '0003-fixed.out'), 'three\n');
    const { code, text, record, dir } = await nightly('2026-01-02');
    assert.equal(code, 1, text);
    const programs = (lines: readonly { kind: string; subject: string; text: string }[]): string[] => lines.filter((l) => l.kind === 'program').map((l) => `${l.subject}: ${l.text}`);
    assert.equal(record.comparison.previousDate, '2026-01-01');
    assert.deepEqual(programs(record.comparison.regressions), [
      'examples/0002-regresses [comptime=on]: PASS -> GOLDEN-STALE', 'examples/0002-regresses [comptime=off]: PASS -> GOLDEN-STALE']);
    assert.deepEqual(programs(record.comparison.fixes), [
      'examples/0003-fixed [comptime=on]: GOLDEN-STALE -> PASS', 'examples/0005-flaky [comptime=on]: FAIL (flaky) -> PASS',
      'examples/0003-fixed [comptime=off]: GOLDEN-STALE -> PASS', 'examples/0005-flaky [comptime=off]: FAIL (flaky) -> PASS']);
    assert.deepEqual(record.comparison.flaky, []);
    assert.match(text, /^REGRESSION examples\/0002-regresses \[comptime=on\]: PASS -> GOLDEN-STALE$/m);
    assert.match(text, /^FIXED examples\/0003-fixed \[comptime=off\]: GOLDEN-STALE -> PASS$/m);
    const gateReport = JSON.parse(await read(dir, 'parity-comptime-off/report.json')) as Report;
    assert.deepEqual(gateReport.changes.regressions, ['examples/0002-regresses'], 'parity compared the gate with the previous nightly\'s gate');
    assert.deepEqual([...gateReport.changes.fixed].sort(), ['examples/0003-fixed', 'examples/0005-flaky']);
    assert.equal(record.fuzz?.seed, 20260102);
    const trend = JSON.parse(await read(path.join(root, 'reports'), 'trend.json')) as TrendFile;
    assert.deepEqual(trend.points.map((p) => [p.date, p.gates[0].passed]), [['2026-01-01', 2], ['2026-01-02', 3]]);
    const html = await read(dir, 'index.html');
    assert.match(html, /<svg [^>]*aria-label="Parity pass rate/);
    assert.ok((html.match(/<polyline /g)?.length ?? 0) >= 2, 'both gates drawn as lines over the two nightlies');
    assert.doesNotMatch(html, /<script|<link|src=|href="(https?:)?\/\//, 'no external resource');
    assert.match(html, /href="parity-comptime-on\/index.html"/);
    assert.ok(existsSync(path.join(root, 'reports', 'nightly', '2026-01-01', 'nightly.json')), 'the previous nightly is kept');
  });

  it('ends with exit code 2 and publishes nothing when the parity harness cannot run', async () => {
    await writeFile(path.join(root, 'corpus', 'expectations.json'), '{ "not": "a list" }\n');
    const out = captureConsole();
    const code = await nightlyMain(['--root', root, '--date', '2026-01-03', '--skip-bench', '--skip-fuzz'], { out, parity: { loadBuilder: async () => fakeBuilder() } });
    assert.equal(code, 2, out.text());
    assert.match(out.text(), /^nightly: npm run parity -- --comptime on .* could not run:/m);
    assert.equal(existsSync(path.join(root, 'reports', 'nightly', '2026-01-03')), false);
    assert.deepEqual((await readdir(path.join(root, 'reports', 'nightly'))).sort(), ['2026-01-01', '2026-01-02'], 'the staging folder is removed');
  });
});
