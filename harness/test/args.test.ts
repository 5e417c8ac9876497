import assert from 'node:assert/strict';
import { parseParityArgs, UsageError } from '../src/args.ts';

describe('args: command line', () => {
  it('has defaults for a plain run', () => {
    const o = parseParityArgs([]);
    assert.deepEqual(o.names, []);
    assert.equal(o.comptime, 'on');
    assert.equal(o.reference, true);
    assert.equal(o.timeoutMs, 10_000);
    assert.ok(o.jobs >= 1);
    assert.equal(o.updateGoldens, false);
  });

  it('accepts -name with one dash, --name, lists and repeats', () => {
    assert.deepEqual(parseParityArgs(['-name=examples/0628,examples/0001']).names, ['examples/0628', 'examples/0001']);
    assert.deepEqual(parseParityArgs(['-name', 'examples/06*', '--name=x']).names, ['examples/06*', 'x']);
  });

  it('parses numbers, gates and reporters', () => {
    const o = parseParityArgs(['--jobs', '3', '--timeout', '2.5', '--comptime=both', '--no-reference', '--reporter=plain', '--keep', '-j', '4']);
    assert.equal(o.jobs, 4);
    assert.equal(o.timeoutMs, 2500);
    assert.equal(o.comptime, 'both');
    assert.equal(o.reference, false);
    assert.equal(o.reporter, 'plain');
    assert.equal(o.keep, true);
  });

  it('passes --check through to the compiler (absent: the compiler default)', () => {
    assert.equal(parseParityArgs([]).check, undefined);
    assert.equal(parseParityArgs(['--check=off']).check, 'off');
    assert.throws(() => parseParityArgs(['--check=maybe']), /--check must be error, warn or off/);
  });

  const refusals: [string[], RegExp][] = [
    [['--update-goldens'], /refuses to rewrite every golden.*--all/],
    [['--all'], /--all only goes with --update-goldens/],
    [['--update-goldens', '--all', '-name=x'], /contradict/],
    [['--accept-native', '-name=x'], /only goes with --update-goldens/],
    [['--update-goldens', '-name=x', '--no-reference'], /cannot run with --no-reference/],
    [['--jobs', '0'], /--jobs needs a positive integer/],
    [['--timeout', 'soon'], /--timeout needs a positive number/],
    [['--comptime=maybe'], /--comptime must be on, off or both/],
    [['--reporter=xml'], /--reporter must be one of/],
    [['--frobnicate'], /Unknown option/],
    [['stray'], /positional/i],
  ];
  for (const [argv, message] of refusals) {
    it(`refuses ${argv.join(' ')}`, () => {
      assert.throws(() => parseParityArgs(argv), (e: unknown) => e instanceof UsageError && message.test(e.message));
    });
  }

  it('accepts --update-goldens with -name or --all, and --help alone', () => {
    assert.equal(parseParityArgs(['--update-goldens', '-name=examples/0628']).updateGoldens, true);
    assert.equal(parseParityArgs(['--update-goldens', '--all', '--accept-native']).all, true);
    assert.equal(parseParityArgs(['--update-goldens', '--help']).help, true);
  });
});
