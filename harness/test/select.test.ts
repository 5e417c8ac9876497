import assert from 'node:assert/strict';
import type { Program } from '../src/discover.ts';
import { matchesName, selectPrograms, splitNamePatterns } from '../src/select.ts';

function program(id: string): Program {
  return { id, number: Number(id.split('/')[1].slice(0, 4)), block: '', kind: 'run', comptime: false, entry: '', cwd: '', sources: [], directives: { args: [], env: {} } };
}

const IDS = ['examples/0001-hello', 'examples/0628-fold-strings', 'examples/0629-fold-numbers', 'examples/1101-diag', 'fuzz/0628-other'];

describe('select: -name matching', () => {
  const cases: [string, string[]][] = [
    ['examples/0628', ['examples/0628-fold-strings']],
    ['examples/0628-fold-strings', ['examples/0628-fold-strings']],
    ['corpus/examples/0628-fold-strings.ts', ['examples/0628-fold-strings']],
    ['corpus/examples/0628-fold-strings/', ['examples/0628-fold-strings']],
    ['corpus/examples/0628-fold-strings/main.ts', ['examples/0628-fold-strings']],
    ['./corpus/examples/0001-hello.ts', ['examples/0001-hello']],
    ['examples/06', ['examples/0628-fold-strings', 'examples/0629-fold-numbers']],
    ['examples/06*', ['examples/0628-fold-strings', 'examples/0629-fold-numbers']],
    ['examples/*-fold-*', ['examples/0628-fold-strings', 'examples/0629-fold-numbers']],
    ['0628', ['examples/0628-fold-strings', 'fuzz/0628-other']],
    ['examples/0628-fold', []],
    ['examples/062', ['examples/0628-fold-strings', 'examples/0629-fold-numbers']],
    ['examples/0001-hell', []],
    ['examples/9999', []],
  ];
  for (const [pattern, expected] of cases) {
    it(`"${pattern}" selects ${expected.length === 0 ? 'nothing' : expected.join(', ')}`, () => {
      assert.deepEqual(IDS.filter((id) => matchesName(id, pattern)), expected);
    });
  }

  it('splits comma lists and repeated values, dropping empty parts', () => {
    assert.deepEqual(splitNamePatterns(['examples/0001, examples/0628', 'x,,']), ['examples/0001', 'examples/0628', 'x']);
  });

  it('keeps corpus order and reports patterns that match nothing', () => {
    const programs = IDS.map(program);
    const { selected, unmatched } = selectPrograms(programs, ['examples/1101', 'examples/0001', 'examples/7777']);
    assert.deepEqual(selected.map((p) => p.id), ['examples/0001-hello', 'examples/1101-diag']);
    assert.deepEqual(unmatched, ['examples/7777']);
  });
});
