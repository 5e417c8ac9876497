import assert from 'node:assert/strict';
import path from 'node:path';
import { DirectiveError, parseDirectives } from '../src/directives.ts';
import { discoverCorpus } from '../src/discover.ts';
import { layoutOf } from '../src/layout.ts';
import { FIXTURES } from './support/fixture-root.ts';

describe('discover: corpus walking', () => {
  const root = path.join(FIXTURES, 'discovery');
  const layout = layoutOf(root);

  it('finds single-file and multi-file programs in every group, sorted by id', async () => {
    const { programs } = await discoverCorpus(layout);
    assert.deepEqual(programs.map((p) => p.id), [
      'examples/0001-single', 'examples/0002-multi', 'examples/0605-comptime', 'examples/1101-diagnostic', 'fuzz/0001-other',
    ]);
  });

  it('gives each program its entry, cwd, sources, block and kind', async () => {
    const { programs } = await discoverCorpus(layout);
    const byId = new Map(programs.map((p) => [p.id, p]));
    const multi = byId.get('examples/0002-multi');
    assert.ok(multi);
    const dir = path.join(root, 'corpus', 'examples', '0002-multi');
    assert.equal(multi.entry, path.join(dir, 'main.ts'));
    assert.equal(multi.cwd, dir);
    assert.deepEqual(multi.sources, [path.join(dir, 'input.txt'), path.join(dir, 'lib', 'v.ts'), path.join(dir, 'main.ts')]);
    assert.deepEqual(multi.directives, { args: ['x y'], env: { A: '1' } });
    const single = byId.get('examples/0001-single');
    assert.equal(single?.cwd, path.join(root, 'corpus', 'examples'));
    assert.equal(single?.block, 'examples/0000-0099');
    assert.equal(byId.get('examples/0605-comptime')?.comptime, true);
    assert.equal(byId.get('examples/0605-comptime')?.block, 'examples/0600-0699');
    assert.deepEqual(byId.get('examples/0605-comptime')?.directives, { args: [], env: { B: '2' } });
    assert.equal(byId.get('examples/1101-diagnostic')?.kind, 'diagnostics');
    assert.equal(byId.get('examples/0001-single')?.kind, 'run');
  });

  it('reports misnamed entries, folders without main.ts and bad directives, naming the file', async () => {
    const { problems } = await discoverCorpus(layout);
    assert.deepEqual(problems, [
      'corpus/examples/0003-no-main/: a multi-file program needs an entry corpus/examples/0003-no-main/main.ts',
      'corpus/examples/0004-bad-args.ts:1: parity-args must be a JSON array of strings, e.g. ["a", "b c"]',
      'corpus/examples/bad-name-dir: not a corpus program name; rename it NNNN-name/ (with main.ts)',
      'corpus/examples/notes.ts: not a corpus program name; rename it NNNN-name.ts',
    ]);
  });

  it('treats a missing corpus folder as an empty corpus', async () => {
    assert.deepEqual(await discoverCorpus(layoutOf(path.join(FIXTURES, 'no-such-root'))), { programs: [], problems: [] });
  });
});

describe('directives: parity-args and parity-env headers', () => {
  it('reads both from the leading comment block only', () => {
    const d = parseDirectives('// parity-args: ["a", "b c"]\n//parity-env:{"X":"1"}\nconsole.log(1);\n// parity-args: ["late"]\n', 'f.ts');
    assert.deepEqual(d, { args: ['a', 'b c'], env: { X: '1' } });
  });

  it('defaults to no arguments and no extra environment', () => {
    assert.deepEqual(parseDirectives('console.log(1);\n', 'f.ts'), { args: [], env: {} });
  });

  const bad: [string, RegExp][] = [
    ['// parity-args: [oops\n', /^f\.ts:1: parity-args is not valid JSON/],
    ['// parity-env: ["a"]\n', /^f\.ts:1: parity-env must be a JSON object of strings/],
    ['// parity-env: {"A": 1}\n', /parity-env must be a JSON object of strings/],
    ['//\n// parity-args: []\n// parity-args: []\n', /^f\.ts:3: parity-args given twice/],
    ['// parity-stdin: hello\n', /^f\.ts:1: unknown directive/],
  ];
  for (const [text, message] of bad) {
    it(`rejects ${JSON.stringify(text.trim())}`, () => {
      assert.throws(() => parseDirectives(text, 'f.ts'), (e: unknown) => e instanceof DirectiveError && message.test(e.message));
    });
  }
});
