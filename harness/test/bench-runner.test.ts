import assert from 'node:assert/strict';
import path from 'node:path';
import { execa } from 'execa';
import fc from 'fast-check';
import { parseBenchArgs } from '../../bench/args.ts';
import { casesOf, discoverCases, PROGRAMS_DIR, selectCases } from '../../bench/cases.ts';
import type { BenchRow } from '../../bench/model.ts';
import { GNU_TIME, gnuTimeAvailable, parsePeakRss, PEAK_RSS_MARKER, withPeakRss } from '../../bench/peak-rss.ts';
import { geometricMean, median } from '../../bench/stats.ts';
import { COLUMNS, formatTable, rowCells } from '../../bench/table.ts';
import { UsageError } from '../src/args.ts';

const finite = fc.double({ min: -1e9, max: 1e9, noNaN: true, noDefaultInfinity: true });
const positive = fc.double({ min: 1e-6, max: 1e6, noNaN: true, noDefaultInfinity: true });

describe('bench: median', () => {
  it('takes the middle sample, or the mean of the two middle ones', () => {
    assert.equal(median([5]), 5);
    assert.equal(median([3, 1, 2]), 2);
    assert.equal(median([4, 1, 3, 2]), 2.5);
    assert.equal(median([10, 10, 1000]), 10);
  });

  it('does not depend on the order and lies between the extremes', () => {
    fc.assert(fc.property(fc.array(finite, { minLength: 1, maxLength: 30 }), (xs) => {
      const m = median(xs);
      assert.equal(median([...xs].reverse()), m);
      assert.ok(m >= Math.min(...xs) && m <= Math.max(...xs));
    }));
  });

  it('leaves its input alone and refuses empty or non-finite samples', () => {
    const xs = [3, 1, 2];
    median(xs);
    assert.deepEqual(xs, [3, 1, 2]);
    assert.throws(() => median([]), RangeError);
    assert.throws(() => median([1, Number.NaN]), RangeError);
  });
});

describe('bench: geometric mean', () => {
  it('averages ratios multiplicatively', () => {
    assert.equal(geometricMean([2, 0.5]), 1);
    assert.ok(Math.abs(geometricMean([1, 4, 16])! - 4) < 1e-12);
    assert.equal(geometricMean([]), undefined);
  });

  it('of the reciprocal ratios is the reciprocal', () => {
    fc.assert(fc.property(fc.array(positive, { minLength: 1, maxLength: 20 }), (rs) => {
      const g = geometricMean(rs)!;
      const inverse = geometricMean(rs.map((r) => 1 / r))!;
      assert.ok(Math.abs(g * inverse - 1) < 1e-9, `${g} * ${inverse}`);
    }));
  });

  it('refuses ratios that are not finite and positive', () => {
    for (const bad of [0, -1, Number.POSITIVE_INFINITY, Number.NaN]) assert.throws(() => geometricMean([1, bad]), RangeError);
  });
});

describe('bench: GNU time peak RSS', () => {
  it('splits the trailer from the program stderr', () => {
    assert.deepEqual(parsePeakRss(`${PEAK_RSS_MARKER}1576\n`), { peakRssKiB: 1576, programStderr: '' });
    assert.deepEqual(parsePeakRss(`warning\n${PEAK_RSS_MARKER}72\n`), { peakRssKiB: 72, programStderr: 'warning\n' });
  });

  it('drops the status line GNU time adds for a failing child, even after stderr without a newline', () => {
    assert.deepEqual(parsePeakRss(`boom\nCommand exited with non-zero status 3\n${PEAK_RSS_MARKER}1600\n`), { peakRssKiB: 1600, programStderr: 'boom\n' });
    assert.deepEqual(parsePeakRss(`no newlineCommand terminated by signal 11\n${PEAK_RSS_MARKER}9\n`), { peakRssKiB: 9, programStderr: 'no newline' });
  });

  it('finds nothing when the trailer is missing or not at the end', () => {
    assert.equal(parsePeakRss(''), undefined);
    assert.equal(parsePeakRss('Segmentation fault\n'), undefined);
    assert.equal(parsePeakRss(`${PEAK_RSS_MARKER}12\nmore output\n`), undefined);
  });

  it('wraps a command without a shell', () => {
    assert.deepEqual(withPeakRss({ file: '/x/prog', args: ['a b', '$HOME'] }), { file: GNU_TIME, args: ['-f', `${PEAK_RSS_MARKER}%M`, '/x/prog', 'a b', '$HOME'] });
  });

  it('parses what the real GNU time prints for a failing child', async function () {
    if (!(await gnuTimeAvailable())) this.skip();
    const command = withPeakRss({ file: 'sh', args: ['-c', 'printf oops >&2; exit 3'] });
    const result = await execa(command.file, command.args, { reject: false, stripFinalNewline: false });
    assert.equal(result.exitCode, 3);
    const parsed = parsePeakRss(result.stderr);
    assert.ok(parsed !== undefined, result.stderr);
    assert.equal(parsed.programStderr, 'oops');
    assert.ok(parsed.peakRssKiB > 0 && parsed.peakRssKiB < 1024 * 1024, String(parsed.peakRssKiB));
  });
});

const ok: BenchRow = {
  name: 'nbody', gate: 'on', label: 'nbody', status: 'ok', detail: '', compileMs: 150.4, ccMs: 900.2, binaryBytes: 460 * 1024,
  native: { medianMs: 812.6, runsMs: [812.6, 800, 900], peakRssKiB: 3 * 1024 },
  node: { medianMs: 406.3, runsMs: [406.3, 400, 410], peakRssKiB: null },
  ratio: 2,
};
const mismatch: BenchRow = {
  name: 'comptime-table', gate: 'off', label: 'comptime-table [comptime=off]', status: 'mismatch',
  detail: '-digest=1\n+digest=2', compileMs: 100, ccMs: 200, binaryBytes: 2048,
};
const compileError: BenchRow = { name: 'fannkuch-redux', gate: 'on', label: 'fannkuch-redux', status: 'compile-error', detail: 'x.ts:1:1 error TSN9001: nope\n', compileMs: 12, ccMs: 0 };

describe('bench: table', () => {
  it('formats the cells of a timed row', () => {
    assert.deepEqual(rowCells(ok), ['nbody', '813', '406', '2.00', '460', '3.0', 'n/a', '1051']);
  });

  it('names the status of an untimed row and leaves unmeasured cells empty', () => {
    assert.deepEqual(rowCells(mismatch), ['comptime-table [comptime=off]', 'MISMATCH', '-', '-', '2', '-', '-', '300']);
    assert.deepEqual(rowCells(compileError), ['fannkuch-redux', 'COMPILE ERROR', '-', '-', '-', '-', '-', '12']);
  });

  it('aligns the columns, prints the geometric mean and the details of untimed rows', () => {
    const text = formatTable([ok, mismatch, compileError], 2);
    const lines = text.split('\n');
    assert.deepEqual(lines[0].split(/ {2,}/), [...COLUMNS]);
    const tableLines = lines.slice(0, 4);
    // Every column ends at the same offset on every line (right-aligned numbers).
    const end = (line: string, cell: string): number => line.indexOf(cell) + cell.length;
    assert.equal(end(tableLines[1], '813'), end(tableLines[0], 'native ms'));
    assert.equal(end(tableLines[2], 'MISMATCH'), end(tableLines[0], 'native ms'));
    assert.equal(end(tableLines[3], '12'), tableLines[3].length);
    assert.equal(lines[4], 'geometric mean native/node: 2.00 over 1 timed row');
    assert.match(text, /\ncomptime-table \[comptime=off\]: MISMATCH\n-digest=1\n\+digest=2\n/);
    assert.match(text, /\nfannkuch-redux: COMPILE ERROR\nx\.ts:1:1 error TSN9001: nope\n$/);
  });

  it('says when nothing was timed', () => {
    assert.match(formatTable([compileError], undefined), /geometric mean native\/node: n\/a \(nothing timed\)/);
  });
});

describe('bench: cases and command line', () => {
  it('builds comptime-* programs under both gates and the others with comptime on', () => {
    assert.deepEqual(casesOf('nbody', '/b/nbody.ts'), [{ name: 'nbody', entry: '/b/nbody.ts', gate: 'on', label: 'nbody' }]);
    assert.deepEqual(casesOf('comptime-table', '/b/c.ts').map((c) => c.label), ['comptime-table [comptime=on]', 'comptime-table [comptime=off]']);
  });

  it('discovers the benchmark programs in name order', async () => {
    const cases = await discoverCases();
    const names = cases.map((c) => c.name);
    assert.deepEqual([...new Set(names)], ['binary-trees', 'comptime-keywords', 'comptime-startup', 'fannkuch-redux', 'generator-pipeline', 'nbody', 'pending-async', 'promise-chain', 'spectral-norm', 'suspended-generators', 'timers', 'typed-array-kernel']);
    assert.ok(cases.every((c) => path.dirname(c.entry) === PROGRAMS_DIR));
  });

  it('filters by name substring and refuses a filter that selects nothing', () => {
    const cases = [...casesOf('nbody', 'n.ts'), ...casesOf('comptime-table', 'c.ts'), ...casesOf('spectral-norm', 's.ts')];
    assert.deepEqual(selectCases(cases, []).length, 4);
    assert.deepEqual(selectCases(cases, ['table', 'nbody']).map((c) => c.label), ['nbody', 'comptime-table [comptime=on]', 'comptime-table [comptime=off]']);
    assert.throws(() => selectCases(cases, ['nbody', 'mandelbrot']), /--filter mandelbrot matches no benchmark/);
  });

  it('parses runs, filters, json and timeout', () => {
    assert.deepEqual(parseBenchArgs([]), { runs: 3, filters: [], timeoutMs: 300_000, help: false });
    assert.deepEqual(parseBenchArgs(['--runs', '5', '--filter', 'nbody,spectral', '--filter=fannkuch', '--json', 'out.json', '--timeout', '9']),
      { runs: 5, json: 'out.json', filters: ['nbody', 'spectral', 'fannkuch'], timeoutMs: 9000, help: false });
    assert.throws(() => parseBenchArgs(['--runs', '0']), UsageError);
    assert.throws(() => parseBenchArgs(['--runs', '2.5']), UsageError);
    assert.throws(() => parseBenchArgs(['--frobnicate']), UsageError);
  });
});
